<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>Iwb::ArticleView</name>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Iwb::FactListModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Iwb::LearningActions</name>
    <message numerus="yes">
        <source>Extraction model version %1 trained on %n curated articles (%2 decisions).</source>
        <translation>
            <numerusform>Extraction model version %1 trained on %n curated article (%2 decisions).</numerusform>
            <numerusform>Extraction model version %1 trained on %n curated articles (%2 decisions).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Iwb::LearningChart</name>
    <message numerus="yes">
        <source>Model %1 (%2, %n curated articles): precision %3, recall %4</source>
        <translation>
            <numerusform>Model %1 (%2, %n curated article): precision %3, recall %4</numerusform>
            <numerusform>Model %1 (%2, %n curated articles): precision %3, recall %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Iwb::LibraryPanel</name>
    <message numerus="yes">
        <source>%n documents</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n articles contain “%1”</source>
        <translation>
            <numerusform>%n article contains “%1”</numerusform>
            <numerusform>%n articles contain “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Iwb::MainWindow</name>
    <message numerus="yes">
        <source>%n new articles, %1 already in the library, %2 failed</source>
        <translation>
            <numerusform>%n new article, %1 already in the library, %2 failed</numerusform>
            <numerusform>%n new articles, %1 already in the library, %2 failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files could not be imported. The others were imported.</source>
        <translation>
            <numerusform>%n file could not be imported. The others were imported.</numerusform>
            <numerusform>%n files could not be imported. The others were imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n facts found.</source>
        <translation>
            <numerusform>%n fact found.</numerusform>
            <numerusform>%n facts found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new articles, %1 already in the library, %2 failed%3</source>
        <translation>
            <numerusform>%n new article, %1 already in the library, %2 failed%3</numerusform>
            <numerusform>%n new articles, %1 already in the library, %2 failed%3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the details)</source>
        <translation>
            <numerusform>… and %n more (see the details)</numerusform>
            <numerusform>… and %n more (see the details)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Iwb::RegisterWindow</name>
    <message numerus="yes">
        <source>%n rows imported into the register</source>
        <translation>
            <numerusform>%n row imported into the register</numerusform>
            <numerusform>%n rows imported into the register</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Iwb::ResolutionDialog</name>
    <message numerus="yes">
        <source>The linked article differs from the record in %n fields. Choose per field; the evidence of every article that supports the chosen value is kept.</source>
        <translation>
            <numerusform>The linked article differs from the record in %n field. Choose per field; the evidence of every article that supports the chosen value is kept.</numerusform>
            <numerusform>The linked article differs from the record in %n fields. Choose per field; the evidence of every article that supports the chosen value is kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Iwb::ReviewNext</name>
    <message numerus="yes">
        <source>Review next: the model doubts %1 of the %n facts it judged here (uncertainty %2); %3 more to review.</source>
        <translation>
            <numerusform>Review next: the model doubts %1 of the %n fact it judged here (uncertainty %2); %3 more to review.</numerusform>
            <numerusform>Review next: the model doubts %1 of the %n facts it judged here (uncertainty %2); %3 more to review.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordComparison</name>
    <message numerus="yes">
        <source>%1 years</source>
        <translation>
            <numerusform>%1 year</numerusform>
            <numerusform>%1 years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 days</source>
        <translation>
            <numerusform>%1 day</numerusform>
            <numerusform>%1 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%1 days apart)</source>
        <translation>
            <numerusform> (%1 day apart)</numerusform>
            <numerusform> (%1 days apart)</numerusform>
        </translation>
    </message>
</context>
</TS>
