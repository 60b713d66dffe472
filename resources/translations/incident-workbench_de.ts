<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>DocumentImport</name>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word-Dokument</translation>
    </message>
    <message>
        <source>Outlook mail</source>
        <translation>Outlook-Mail</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>unsupported file type &apos;.%1&apos; (supported: .txt, .md, .html, .htm, .pdf, .eml, .msg, .docx)</source>
        <translation>nicht unterstützter Dateityp „.%1“ (unterstützt: .txt, .md, .html, .htm, .pdf, .eml, .msg, .docx)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the file is %1 MB, over the import limit of %2 MB</source>
        <translation>die Datei ist %1 MB groß und überschreitet die Importgrenze von %2 MB</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>could not be read completely (%1)</source>
        <translation>konnte nicht vollständig gelesen werden (%1)</translation>
    </message>
    <message>
        <source>no temporary folder for its attachments (%1)</source>
        <translation>kein temporärer Ordner für ihre Anhänge (%1)</translation>
    </message>
    <message>
        <source>the HTML page contains no visible article text</source>
        <translation>die HTML-Seite enthält keinen sichtbaren Artikeltext</translation>
    </message>
    <message>
        <source>the file contains no text, only white space</source>
        <translation>die Datei enthält keinen Text, nur Leerraum</translation>
    </message>
    <message>
        <source>the reader&apos;s answer is not readable</source>
        <translation>die Antwort des Leseprogramms ist nicht lesbar</translation>
    </message>
    <message>
        <source>the reader&apos;s answer is not readable (page starts out of order)</source>
        <translation>die Antwort des Leseprogramms ist nicht lesbar (Seitenanfänge in falscher Reihenfolge)</translation>
    </message>
    <message>
        <source>the reader&apos;s answer is not readable (no text)</source>
        <translation>die Antwort des Leseprogramms ist nicht lesbar (kein Text)</translation>
    </message>
    <message>
        <source>the %1 could not be read: </source>
        <translation>die Datei (%1) konnte nicht gelesen werden: </translation>
    </message>
    <message>
        <source>its reader %1 is missing (set %2 to where it is)</source>
        <translation>ihr Leseprogramm %1 fehlt (setzen Sie %2 auf seinen Pfad)</translation>
    </message>
    <message>
        <source>its reader %1 did not start (%2)</source>
        <translation>ihr Leseprogramm %1 ließ sich nicht starten (%2)</translation>
    </message>
    <message>
        <source>the reader took longer than %1 s (stopped)</source>
        <translation>das Leseprogramm brauchte länger als %1 s (abgebrochen)</translation>
    </message>
    <message>
        <source>the reader wrote more than %1 MB (stopped)</source>
        <translation>das Leseprogramm lieferte mehr als %1 MB (abgebrochen)</translation>
    </message>
    <message>
        <source>the reader needed more than %1 MB of memory (stopped)</source>
        <translation>das Leseprogramm brauchte mehr als %1 MB Arbeitsspeicher (abgebrochen)</translation>
    </message>
    <message>
        <source>the reader crashed (signal %1)</source>
        <translation>das Leseprogramm ist abgestürzt (Signal %1)</translation>
    </message>
    <message>
        <source>the reader failed (exit code %1)</source>
        <translation>das Leseprogramm meldete einen Fehler (Exit-Code %1)</translation>
    </message>
    <message>
        <source>the reader&apos;s answer is not readable (no reason for exit code %1)</source>
        <translation>die Antwort des Leseprogramms ist nicht lesbar (kein Grund für Exit-Code %1)</translation>
    </message>
    <message>
        <source>the text is not valid %1 although it starts with a %1 byte order mark</source>
        <translation>der Text ist kein gültiges %1, obwohl er mit einer %1-Bytereihenfolgemarkierung beginnt</translation>
    </message>
    <message>
        <source>it looks like a binary file, not %1 (it contains NUL bytes)</source>
        <translation>sie sieht nach einer Binärdatei aus, nicht nach %1 (sie enthält NUL-Bytes)</translation>
    </message>
    <message>
        <source>its encoding could not be recognised (not UTF-8, and no legacy encoding fits)</source>
        <translation>ihre Zeichenkodierung wurde nicht erkannt (kein UTF-8, und keine ältere Kodierung passt)</translation>
    </message>
    <message>
        <source>it seems to be in the encoding %1, which this program cannot decode</source>
        <translation>sie scheint in der Kodierung %1 vorzuliegen, die dieses Programm nicht lesen kann</translation>
    </message>
    <message>
        <source>it could not be decoded as %1, the encoding it seems to be in</source>
        <translation>sie ließ sich nicht als %1 lesen, obwohl sie in dieser Kodierung vorzuliegen scheint</translation>
    </message>
    <message>
        <source>a web page</source>
        <translation>einer Webseite</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>%1: attachment &apos;%2&apos;: %3</source>
        <translation>%1: Anhang „%2“: %3</translation>
    </message>
    <message>
        <source>the Word document is damaged (word/document.xml, line %1: %2)</source>
        <translation type="vanished">das Word-Dokument ist beschädigt (word/document.xml, Zeile %1: %2)</translation>
    </message>
    <message>
        <source>the Word document is damaged (word/document.xml has no w:body)</source>
        <translation type="vanished">das Word-Dokument ist beschädigt (word/document.xml hat kein w:body)</translation>
    </message>
</context>
<context>
    <name>DocumentReader</name>
    <message>
        <source>the Word document is damaged (word/document.xml, line %1: %2)</source>
        <translation>das Word-Dokument ist beschädigt (word/document.xml, Zeile %1: %2)</translation>
    </message>
    <message>
        <source>the Word document is damaged (word/document.xml has no w:body)</source>
        <translation>das Word-Dokument ist beschädigt (word/document.xml hat kein w:body)</translation>
    </message>
    <message>
        <source>it is an old Word document (.doc) or a password-protected one, not a .docx; save it as .docx without a password</source>
        <translation>es ist ein altes Word-Dokument (.doc) oder ein kennwortgeschütztes, kein .docx; speichern Sie es als .docx ohne Kennwort</translation>
    </message>
    <message>
        <source>the Word document is damaged (not a zip archive: %1)</source>
        <translation>das Word-Dokument ist beschädigt (kein ZIP-Archiv: %1)</translation>
    </message>
    <message>
        <source>it is not a Word document (no %1 in the archive)</source>
        <translation>es ist kein Word-Dokument (kein %1 im Archiv)</translation>
    </message>
    <message>
        <source>the Word document contains no text</source>
        <translation>das Word-Dokument enthält keinen Text</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>it is not an e-mail (it does not start with mail header lines)</source>
        <translation>es ist keine E-Mail (sie beginnt nicht mit Kopfzeilen einer Mail)</translation>
    </message>
    <message>
        <source>it is not an e-mail (GMime found no message in it)</source>
        <translation>es ist keine E-Mail (GMime fand keine Nachricht darin)</translation>
    </message>
    <message>
        <source>it is not an e-mail (no From, Date or Subject header)</source>
        <translation>es ist keine E-Mail (keine Kopfzeile From, Date oder Subject)</translation>
    </message>
    <message>
        <source>the mail is encrypted (%1); decrypt it in the mail program and save the decrypted copy</source>
        <translation>die Mail ist verschlüsselt (%1); entschlüsseln Sie sie im Mailprogramm und speichern Sie die entschlüsselte Kopie</translation>
    </message>
    <message>
        <source>the MIME structure is broken (%1 without parts; is its boundary missing?)</source>
        <translation>die MIME-Struktur ist defekt (%1 ohne Teile; fehlt die Trennzeile?)</translation>
    </message>
    <message>
        <source>the mail is S/MIME signed with its text inside the signature (opaque); save a clear-signed or unsigned copy</source>
        <translation>die Mail ist S/MIME-signiert, ihr Text steckt in der Signatur (opaque); speichern Sie eine klar signierte oder unsignierte Kopie</translation>
    </message>
    <message>
        <source>the mail has no text part</source>
        <translation>die Mail hat keinen Textteil</translation>
    </message>
    <message>
        <source>incident-parse reads only PDF, e-mail (.eml, .msg), Word (.docx) and Excel (.xlsx) files</source>
        <translation>incident-parse liest nur PDF-, E-Mail- (.eml, .msg), Word- (.docx) und Excel-Dateien (.xlsx)</translation>
    </message>
    <message>
        <source>it is not an Outlook mail (.msg files are OLE compound files, and this one does not start like one)</source>
        <translation>es ist keine Outlook-Mail (.msg-Dateien sind OLE-Verbunddateien, und diese beginnt nicht wie eine)</translation>
    </message>
    <message>
        <source>the Outlook mail is damaged (its OLE structure cannot be read: %1)</source>
        <translation>die Outlook-Mail ist beschädigt (ihre OLE-Struktur ist nicht lesbar: %1)</translation>
    </message>
    <message>
        <source>the Outlook mail is damaged (the stream %1 cannot be read)</source>
        <translation>die Outlook-Mail ist beschädigt (der Datenstrom %1 ist nicht lesbar)</translation>
    </message>
    <message>
        <source>it is not an Outlook mail (an OLE compound file without mail properties; a Word .doc or Excel .xls?)</source>
        <translation>es ist keine Outlook-Mail (eine OLE-Verbunddatei ohne Mail-Eigenschaften; ein Word-.doc oder Excel-.xls?)</translation>
    </message>
    <message>
        <source>the mail is encrypted (S/MIME); decrypt it in the mail program and save the decrypted copy</source>
        <translation>die Mail ist verschlüsselt (S/MIME); entschlüsseln Sie sie im Mailprogramm und speichern Sie die entschlüsselte Kopie</translation>
    </message>
    <message>
        <source>the mail has no text (no plain or HTML body)</source>
        <translation>die Mail hat keinen Text (keinen Text- oder HTML-Teil)</translation>
    </message>
    <message>
        <source>the mail&apos;s text is over the limit of %1 MB (%2)</source>
        <translation>der Text der Mail ist größer als die Grenze von %1 MB (%2)</translation>
    </message>
    <message>
        <source>the PDF could not be read: it is not a PDF (no %PDF- header)</source>
        <translation>die PDF-Datei konnte nicht gelesen werden: es ist keine PDF-Datei (der Kopf %PDF- fehlt)</translation>
    </message>
    <message>
        <source>the PDF could not be read: it is damaged</source>
        <translation>die PDF-Datei konnte nicht gelesen werden: sie ist beschädigt</translation>
    </message>
    <message>
        <source>the PDF is encrypted; open it in a PDF reader with its password and save a copy without</source>
        <translation>die PDF-Datei ist verschlüsselt; öffnen Sie sie mit ihrem Kennwort in einem PDF-Betrachter und speichern Sie eine Kopie ohne Kennwort</translation>
    </message>
    <message>
        <source>the PDF could not be read: it has no pages (damaged?)</source>
        <translation>die PDF-Datei konnte nicht gelesen werden: sie hat keine Seiten (beschädigt?)</translation>
    </message>
    <message>
        <source>the PDF has no text layer (a scan?); run OCR on it first</source>
        <translation>die PDF-Datei hat keine Textebene (ein Scan?); lassen Sie zuerst eine Texterkennung (OCR) darüber laufen</translation>
    </message>
    <message>
        <source>the workbook is damaged or password-protected (not a zip archive: %1)</source>
        <translation>die Arbeitsmappe ist beschädigt oder kennwortgeschützt (kein ZIP-Archiv: %1)</translation>
    </message>
    <message>
        <source>it is not an Excel workbook (no %1 in the archive)</source>
        <translation>es ist keine Excel-Arbeitsmappe (kein %1 im Archiv)</translation>
    </message>
    <message>
        <source>the workbook is damaged (%1: %2)</source>
        <translation>die Arbeitsmappe ist beschädigt (%1: %2)</translation>
    </message>
    <message>
        <source>the workbook&apos;s first sheet is empty</source>
        <translation>das erste Tabellenblatt der Arbeitsmappe ist leer</translation>
    </message>
    <message>
        <source>the Word document is too large when unpacked (%1 is over %2 MB)</source>
        <translation>das Word-Dokument ist entpackt zu groß (%1 hat über %2 MB)</translation>
    </message>
    <message>
        <source>the workbook is too large when unpacked (%1 is over %2 MB)</source>
        <translation>die Arbeitsmappe ist entpackt zu groß (%1 hat über %2 MB)</translation>
    </message>
    <message>
        <source>the Word document is encrypted (%1 needs a password)</source>
        <translation>das Word-Dokument ist verschlüsselt (%1 braucht ein Kennwort)</translation>
    </message>
    <message>
        <source>the workbook is encrypted (%1 needs a password)</source>
        <translation>die Arbeitsmappe ist verschlüsselt (%1 braucht ein Kennwort)</translation>
    </message>
    <message>
        <source>the Word document is damaged (%1: %2)</source>
        <translation>das Word-Dokument ist beschädigt (%1: %2)</translation>
    </message>
</context>
<context>
    <name>Iwb::AgreementDialog</name>
    <message>
        <source>&amp;Automatic vs curated (this article)</source>
        <translation>&amp;Automatisch gegen kuratiert (dieser Artikel)</translation>
    </message>
    <message>
        <source>Another &amp;database:</source>
        <translation>Andere &amp;Datenbank:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>A&amp;uswählen…</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>keine ausgewählt</translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation>&amp;Deren Fassung übernehmen</translation>
    </message>
    <message>
        <source>Compare Annotation Versions</source>
        <translation>Annotationsfassungen vergleichen</translation>
    </message>
    <message>
        <source>Compare this article&apos;s annotations with</source>
        <translation>Die Annotationen dieses Artikels vergleichen mit</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>There</source>
        <translation>Dort</translation>
    </message>
    <message>
        <source>P exact</source>
        <translation>P exakt</translation>
    </message>
    <message>
        <source>R exact</source>
        <translation>R exakt</translation>
    </message>
    <message>
        <source>F1 exact</source>
        <translation>F1 exakt</translation>
    </message>
    <message>
        <source>P lenient</source>
        <translation>P großzügig</translation>
    </message>
    <message>
        <source>R lenient</source>
        <translation>R großzügig</translation>
    </message>
    <message>
        <source>F1 lenient</source>
        <translation>F1 großzügig</translation>
    </message>
    <message>
        <source>Record field</source>
        <translation>Feld des Eintrags</translation>
    </message>
    <message>
        <source>This version</source>
        <translation>Diese Fassung</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>Andere Fassung</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Make this article&apos;s fact, or the selected record field, look like the other version&apos;s (Enter on a disagreement or a record field does the same); Ctrl+Z, here or in the main window, takes it back</source>
        <translation>Die Angabe dieses Artikels oder das ausgewählte Feld des Eintrags so setzen wie in der anderen Fassung (Eingabe auf einer Abweichung oder einem Feld bewirkt dasselbe); Strg+Z, hier oder im Hauptfenster, nimmt es zurück</translation>
    </message>
    <message>
        <source>&amp;Record fields that differ (select one to take the other version&apos;s value):</source>
        <translation>&amp;Abweichende Felder des Eintrags (eines auswählen, um den Wert der anderen Fassung zu übernehmen):</translation>
    </message>
    <message>
        <source>D&amp;isagreements (select one to see it in both versions):</source>
        <translation>Ab&amp;weichungen (eine auswählen, um sie in beiden Fassungen zu sehen):</translation>
    </message>
    <message>
        <source>The &amp;other version:</source>
        <translation>Die &amp;andere Fassung:</translation>
    </message>
    <message>
        <source>Choose the version to compare with.</source>
        <translation>Wählen Sie die Fassung, mit der verglichen wird.</translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation>Öffnen Sie zuerst einen Artikel.</translation>
    </message>
    <message>
        <source>Another Analyst&apos;s Database</source>
        <translation>Datenbank einer anderen Bearbeiterin oder eines anderen Bearbeiters</translation>
    </message>
    <message>
        <source>Incident Workbench databases (*.sqlite *.db);;All files (*)</source>
        <translation>Incident-Workbench-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Extraction is not available in this window.</source>
        <translation>Die Extraktion ist in diesem Fenster nicht verfügbar.</translation>
    </message>
    <message>
        <source>Choose the other database.</source>
        <translation>Wählen Sie die andere Datenbank.</translation>
    </message>
    <message>
        <source>“%1” is not in %2 (no article there has the same text).</source>
        <translation>„%1“ ist nicht in %2 (dort hat kein Artikel denselben Text).</translation>
    </message>
    <message>
        <source>what extraction finds now</source>
        <translation>das, was die Extraktion jetzt findet</translation>
    </message>
    <message>
        <source>This article (curated, %1 facts) against %2 (%3 facts): micro F1 %4 exact (P %5, R %6), %7 lenient; token κ %8; record fields κ %9 (%10 of %11 fields agree); %12 disagreements.</source>
        <translation>Dieser Artikel (kuratiert, %1 Angaben) gegen %2 (%3 Angaben): Mikro-F1 %4 exakt (P %5, R %6), %7 großzügig; Token-κ %8; Felder des Eintrags κ %9 (%10 von %11 Feldern stimmen überein); %12 Abweichungen.</translation>
    </message>
    <message>
        <source>all (micro)</source>
        <translation>alle (mikro)</translation>
    </message>
    <message>
        <source>(the other version has no record for this article)</source>
        <translation>(die andere Fassung hat keinen Eintrag zu diesem Artikel)</translation>
    </message>
    <message>
        <source>(all record fields agree)</source>
        <translation>(alle Felder des Eintrags stimmen überein)</translation>
    </message>
    <message>
        <source>The model learning (cross-validated on the curated articles)</source>
        <translation>Wie das Modell lernt (kreuzvalidiert auf den durchgesehenen Artikeln)</translation>
    </message>
</context>
<context>
    <name>Iwb::AnnotationAgreement</name>
    <message>
        <source>only in the reference (value %1)</source>
        <translation>nur in der Referenz (Wert %1)</translation>
    </message>
    <message>
        <source>only in the other version (value %1)</source>
        <translation>nur in der anderen Fassung (Wert %1)</translation>
    </message>
</context>
<context>
    <name>Iwb::AnnotationSession</name>
    <message>
        <source>Label %1 as %2</source>
        <translation>%1 als %2 markieren</translation>
    </message>
    <message>
        <source>Change type of %1 to %2</source>
        <translation>Typ von %1 in %2 ändern</translation>
    </message>
    <message>
        <source>Accept %1</source>
        <translation>%1 annehmen</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>%1 ablehnen</translation>
    </message>
    <message>
        <source>Mark %1 as suggested</source>
        <translation>%1 als vorgeschlagen markieren</translation>
    </message>
    <message>
        <source>Remove %1 from the record&apos;s evidence</source>
        <translation>%1 aus den Belegen des Eintrags entfernen</translation>
    </message>
    <message>
        <source>Accept all suggested %1 facts</source>
        <translation>Alle vorgeschlagenen Angaben vom Typ %1 annehmen</translation>
    </message>
    <message>
        <source>Reject all suggested %1 facts</source>
        <translation>Alle vorgeschlagenen Angaben vom Typ %1 ablehnen</translation>
    </message>
    <message>
        <source>Adjust the span of %1</source>
        <translation>Textbereich von %1 anpassen</translation>
    </message>
    <message>
        <source>Mark %1 as negated</source>
        <translation>%1 als verneint markieren</translation>
    </message>
    <message>
        <source>Mark %1 as not negated</source>
        <translation>%1 als nicht verneint markieren</translation>
    </message>
    <message>
        <source>Mark %1 as uncertain</source>
        <translation>%1 als unsicher markieren</translation>
    </message>
    <message>
        <source>Mark %1 as certain</source>
        <translation>%1 als sicher markieren</translation>
    </message>
    <message>
        <source>Change the value of %1</source>
        <translation>Wert von %1 ändern</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Fill %1 from %2</source>
        <translation>%1 aus %2 füllen</translation>
    </message>
    <message>
        <source>Remove suggestion %1</source>
        <translation>Vorschlag %1 entfernen</translation>
    </message>
    <message>
        <source>Suggest %1</source>
        <translation>%1 vorschlagen</translation>
    </message>
    <message>
        <source>Fill the record from extraction</source>
        <translation>Eintrag aus der Extraktion füllen</translation>
    </message>
    <message>
        <source>Delete %1 as in the other version</source>
        <translation>%1 wie in der anderen Fassung löschen</translation>
    </message>
    <message>
        <source>Reject %1 as in the other version</source>
        <translation>%1 wie in der anderen Fassung ablehnen</translation>
    </message>
    <message>
        <source>the other version&apos;s fact %1 does not fit this article&apos;s text</source>
        <translation>die Angabe %1 der anderen Fassung passt nicht zum Text dieses Artikels</translation>
    </message>
    <message>
        <source>Add %1 from the other version</source>
        <translation>%1 aus der anderen Fassung hinzufügen</translation>
    </message>
    <message>
        <source>Take the other version of %1</source>
        <translation>Die andere Fassung von %1 übernehmen</translation>
    </message>
    <message>
        <source>the recovery draft belongs to another article</source>
        <translation>der Wiederherstellungsentwurf gehört zu einem anderen Artikel</translation>
    </message>
    <message>
        <source>a fact in the recovery draft lies outside the article</source>
        <translation>eine Angabe im Wiederherstellungsentwurf liegt außerhalb des Artikels</translation>
    </message>
    <message>
        <source>Restore unsaved work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
</context>
<context>
    <name>Iwb::ArticleView</name>
    <message>
        <source>Open Original</source>
        <translation>Original öffnen</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Show the PDF&apos;s pages below the text; the current fact is marked on its page</source>
        <translation>Die Seiten der PDF-Datei unter dem Text zeigen; die aktuelle Angabe ist auf ihrer Seite markiert</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>HTML source</source>
        <translation>HTML-Quelltext</translation>
    </message>
    <message>
        <source>Label as %1</source>
        <translation>Als %1 markieren</translation>
    </message>
    <message>
        <source> &amp;nbsp;&lt;s&gt;negated&lt;/s&gt; &amp;nbsp;&lt;u&gt;~uncertain~&lt;/u&gt;</source>
        <translation> &amp;nbsp;&lt;s&gt;verneint&lt;/s&gt; &amp;nbsp;&lt;u&gt;~unsicher~&lt;/u&gt;</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>Veröffentlicht am %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Sprache: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n Zeichen</numerusform>
            <numerusform>%n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>fetched from %1</source>
        <translation>abgerufen von %1</translation>
    </message>
    <message>
        <source>Open %1 in the web browser</source>
        <translation>%1 im Webbrowser öffnen</translation>
    </message>
    <message>
        <source>No article selected</source>
        <translation>Kein Artikel ausgewählt</translation>
    </message>
    <message>
        <source>Choose an article in the library, or import one with File → Import Files…</source>
        <translation>Wählen Sie einen Artikel in der Bibliothek oder importieren Sie einen mit Datei → Dateien importieren…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2&lt;br&gt;value: %3&lt;br&gt;%4, %5, %6&lt;br&gt;rule: %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2&lt;br&gt;Wert: %3&lt;br&gt;%4, %5, %6&lt;br&gt;Regel: %7</translation>
    </message>
    <message>
        <source>Label Selection As</source>
        <translation>Auswahl markieren als</translation>
    </message>
    <message>
        <source>Set Span of Current Fact to Selection</source>
        <translation>Textbereich der aktuellen Angabe auf die Auswahl setzen</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Change Type</source>
        <translation>Typ ändern</translation>
    </message>
    <message>
        <source>Negated</source>
        <translation>Verneint</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Artikeltext</translation>
    </message>
    <message>
        <source>The article with its facts highlighted; select text and press 1 to 9 to label it</source>
        <translation>Der Artikel mit hervorgehobenen Angaben; Text auswählen und 1 bis 9 drücken, um ihn zu markieren</translation>
    </message>
    <message>
        <source>The article&apos;s text. Every fact found is highlighted in the colour of its type (the legend above names them; the tool tip of a highlight says its type and value). Select text and press 1–9 to label it; right-click a fact to accept, reject or change it.</source>
        <translation>Der Text des Artikels. Jede gefundene Angabe ist in der Farbe ihres Typs hervorgehoben (die Legende darüber nennt sie; der Tooltip einer Hervorhebung nennt Typ und Wert). Text auswählen und 1–9 drücken, um ihn zu markieren; Rechtsklick auf eine Angabe, um sie anzunehmen, abzulehnen oder zu ändern.</translation>
    </message>
    <message>
        <source>Article views</source>
        <translation>Ansichten des Artikels</translation>
    </message>
    <message>
        <source>Reading the article…</source>
        <translation>Der Artikel wird gelesen …</translation>
    </message>
    <message>
        <source>confidence: %1 (a suggestion)</source>
        <translation>Konfidenz: %1 (ein Vorschlag)</translation>
    </message>
    <message>
        <source>confidence: %1</source>
        <translation>Konfidenz: %1</translation>
    </message>
</context>
<context>
    <name>Iwb::BreachRegisterDialog</name>
    <message>
        <source>The controller is an essential or important entity under NIS2: also show the 24-hour, 72-hour and one-month deadlines</source>
        <translation>Der Verantwortliche ist eine wesentliche oder wichtige Einrichtung nach NIS2: auch die Fristen von 24 Stunden, 72 Stunden und einem Monat zeigen</translation>
    </message>
    <message>
        <source>Do not count the hour of awareness (Regulation 1182/71 Art. 3(1))</source>
        <translation>Die Stunde der Kenntnisnahme nicht mitzählen (Verordnung 1182/71 Art. 3 Abs. 1)</translation>
    </message>
    <message>
        <source>New Breach Register</source>
        <translation>Neues Meldungsregister</translation>
    </message>
    <message>
        <source>Breach Register Settings</source>
        <translation>Einstellungen des Meldungsregisters</translation>
    </message>
    <message>
        <source>The organization the register is kept for</source>
        <translation>Die Organisation, für die das Register geführt wird</translation>
    </message>
    <message>
        <source>e.g. LfD Niedersachsen</source>
        <translation>z. B. LfD Niedersachsen</translation>
    </message>
    <message>
        <source>Some authorities count the 72 hours from the beginning of the next hour. Off: 72 hours of elapsed time from the moment of awareness.</source>
        <translation>Manche Behörden zählen die 72 Stunden ab Beginn der nächsten vollen Stunde. Aus: 72 Stunden verstrichene Zeit ab dem Zeitpunkt der Kenntnisnahme.</translation>
    </message>
    <message>
        <source>&amp;Controller:</source>
        <translation>&amp;Verantwortlicher:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Anschrift:</translation>
    </message>
    <message>
        <source>Contact point or DPO:</source>
        <translation>Anlaufstelle oder DSB:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Supervisory &amp;authority:</source>
        <translation>Aufsichts&amp;behörde:</translation>
    </message>
    <message>
        <source>Times entered in:</source>
        <translation>Zeiten eingegeben in:</translation>
    </message>
</context>
<context>
    <name>Iwb::CompareWindow</name>
    <message>
        <source>Compare Incidents</source>
        <translation>Vorfälle vergleichen</translation>
    </message>
    <message>
        <source>Field-by-field comparison</source>
        <translation>Vergleich Feld für Feld</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Shared calendar (linear)</source>
        <translation>Gemeinsamer Kalender (linear)</translation>
    </message>
    <message>
        <source>Time since each start (logarithmic)</source>
        <translation>Zeit seit dem jeweiligen Beginn (logarithmisch)</translation>
    </message>
    <message>
        <source>Timeline &amp;scale:</source>
        <translation>&amp;Skala der Zeitleiste:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>incident %1</source>
        <translation>Vorfall %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 · %2&lt;/b&gt; &amp;nbsp; incident %3, %4</source>
        <translation>&lt;b&gt;%1 · %2&lt;/b&gt; &amp;nbsp; Vorfall %3, %4</translation>
    </message>
    <message>
        <source>Choose at least two incidents to compare.</source>
        <translation>Wählen Sie mindestens zwei Vorfälle zum Vergleichen.</translation>
    </message>
    <message>
        <source>This record has no source article.</source>
        <translation>Dieser Eintrag hat keinen Quellartikel.</translation>
    </message>
    <message>
        <source>Automatic: time since each start</source>
        <translation>Automatisch: Zeit seit dem jeweiligen Beginn</translation>
    </message>
    <message>
        <source>Automatic: shared calendar</source>
        <translation>Automatisch: gemeinsamer Kalender</translation>
    </message>
    <message>
        <source>Compare Incidents — %1</source>
        <translation>Vorfälle vergleichen – %1</translation>
    </message>
    <message>
        <source>%1 of %2 fields differ or are stated in only some records. Select a field to see its evidence in every article.</source>
        <translation>%1 von %2 Feldern weichen ab oder sind nur in einigen Einträgen angegeben. Wählen Sie ein Feld, um seine Belege in jedem Artikel zu sehen.</translation>
    </message>
    <message>
        <source>Showing the first %1 of the %2 selected incidents.</source>
        <translation>Gezeigt werden die ersten %1 der %2 ausgewählten Vorfälle.</translation>
    </message>
    <message>
        <source>%1: no evidence in this record</source>
        <translation>%1: kein Beleg in diesem Eintrag</translation>
    </message>
    <message>
        <source>%1: the evidence is in another source article</source>
        <translation>%1: der Beleg steht in einem anderen Quellartikel</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: „%2“</translation>
    </message>
</context>
<context>
    <name>Iwb::ComparisonActions</name>
    <message>
        <source>Compare Selected &amp;Incidents</source>
        <translation>Ausgewählte &amp;Vorfälle vergleichen</translation>
    </message>
    <message>
        <source>Find &amp;Similar Incidents…</source>
        <translation>Ä&amp;hnliche Vorfälle finden…</translation>
    </message>
    <message>
        <source>Compare the records selected in the library&apos;s Incidents tab side by side</source>
        <translation>Die im Reiter „Vorfälle“ der Bibliothek ausgewählten Einträge nebeneinander vergleichen</translation>
    </message>
    <message>
        <source>Rank the other records by how much they have in common with the open article&apos;s record</source>
        <translation>Die übrigen Einträge danach ordnen, wie viel sie mit dem Eintrag des geöffneten Artikels gemeinsam haben</translation>
    </message>
    <message>
        <source>Compare First %1 Selected &amp;Incidents</source>
        <translation>Die ersten %1 ausgewählten &amp;Vorfälle vergleichen</translation>
    </message>
    <message>
        <source>Compare Incidents</source>
        <translation>Vorfälle vergleichen</translation>
    </message>
    <message>
        <source>The incidents cannot be compared:
%1</source>
        <translation>Die Vorfälle können nicht verglichen werden:
%1</translation>
    </message>
    <message>
        <source>Find Similar Incidents</source>
        <translation>Ähnliche Vorfälle finden</translation>
    </message>
    <message>
        <source>Comparing every record with incident %1…</source>
        <translation>Jeder Eintrag wird mit Vorfall %1 verglichen…</translation>
    </message>
</context>
<context>
    <name>Iwb::ComparisonTableModel</name>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>different</source>
        <translation>verschieden</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>incident %1</source>
        <translation>Vorfall %1</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
</context>
<context>
    <name>Iwb::DeadlineReminders</name>
    <message>
        <source>Incident %1</source>
        <translation>Vorfall %1</translation>
    </message>
    <message>
        <source>%1: the 72 hours for notifying the authority passed %2 ago.</source>
        <translation>%1: Die 72 Stunden für die Meldung an die Aufsichtsbehörde sind seit %2 abgelaufen.</translation>
    </message>
    <message>
        <source>%1: the notification to the authority is due in %2.</source>
        <translation>%1: Die Meldung an die Aufsichtsbehörde ist in %2 fällig.</translation>
    </message>
    <message>
        <source>Art. 33 deadline</source>
        <translation>Meldefrist Art. 33</translation>
    </message>
    <message>
        <source>Open the entry</source>
        <translation>Eintrag öffnen</translation>
    </message>
</context>
<context>
    <name>Iwb::DocumentListModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>Iwb::Export</name>
    <message>
        <source>the output</source>
        <translation>die Ausgabe</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>the output refused data</source>
        <translation>die Ausgabe hat Daten abgelehnt</translation>
    </message>
    <message>
        <source>%1: cannot write the workbook (%2)</source>
        <translation>%1: die Arbeitsmappe kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>cannot write the VERIS file: %1</source>
        <translation>die VERIS-Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot create the workbook</source>
        <translation>die Arbeitsmappe kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>Iwb::ExportDialog</name>
    <message>
        <source>&amp;Incident records, one row each</source>
        <translation>&amp;Vorfallseinträge, je einer pro Zeile</translation>
    </message>
    <message>
        <source>F&amp;acts, one row each</source>
        <translation>A&amp;ngaben, je eine pro Zeile</translation>
    </message>
    <message>
        <source>Start with a UTF-8 &amp;byte order mark (for spreadsheets)</source>
        <translation>Mit UTF-8-&amp;Byte-Order-Mark beginnen (für Tabellenkalkulationen)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>JSON snapshot of the whole store</source>
        <translation>JSON-Abzug der ganzen Datenbank</translation>
    </message>
    <message>
        <source>VERIS 1.4 JSON</source>
        <translation>VERIS 1.4 JSON</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; ), as German spreadsheets expect</source>
        <translation>Semikolon ( ; ), wie deutsche Tabellenkalkulationen es erwarten</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>&amp;All records (%1)</source>
        <translation>&amp;Alle Einträge (%1)</translation>
    </message>
    <message>
        <source>&amp;Filtered (the library shows no filter)</source>
        <translation>&amp;Gefiltert (die Bibliothek zeigt keinen Filter)</translation>
    </message>
    <message>
        <source>&amp;Filtered by “%1” (%2)</source>
        <translation>&amp;Gefiltert nach „%1“ (%2)</translation>
    </message>
    <message>
        <source>&amp;Selected in the library (%1)</source>
        <translation>In der Bibliothek au&amp;sgewählt (%1)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1: not exported: %2</source>
        <translation>%1: nicht exportiert: %2</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>incident records</source>
        <translation>Vorfallseinträge</translation>
    </message>
    <message>
        <source>facts</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <source>incident records with their articles, facts and history</source>
        <translation>Vorfallseinträge mit ihren Artikeln, Angaben und ihrem Verlauf</translation>
    </message>
    <message>
        <source>VERIS incidents</source>
        <translation>VERIS-Vorfälle</translation>
    </message>
    <message>
        <source>Exported %1 %2 to %3</source>
        <translation>%1 %2 nach %3 exportiert</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX), the same columns as CSV</source>
        <translation>Excel-Arbeitsmappe (XLSX), dieselben Spalten wie CSV</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Iwb::FactJson</name>
    <message>
        <source>fact with an unknown type, polarity, certainty or status: %1</source>
        <translation>Angabe mit unbekanntem Typ, unbekannter Polarität, Gewissheit oder unbekanntem Status: %1</translation>
    </message>
    <message>
        <source>fact &apos;%1&apos; has an invalid span</source>
        <translation>die Angabe „%1“ hat einen ungültigen Textbereich</translation>
    </message>
    <message>
        <source>not exactly one JSON value</source>
        <translation>nicht genau ein JSON-Wert</translation>
    </message>
</context>
<context>
    <name>Iwb::FactListModel</name>
    <message>
        <source>organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>data category</source>
        <translation>Datenkategorie</translation>
    </message>
    <message>
        <source>cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>attack</source>
        <translation>Angriff</translation>
    </message>
    <message>
        <source>discovery</source>
        <translation>Entdeckung</translation>
    </message>
    <message>
        <source>notification</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>remediation</source>
        <translation>Abhilfe</translation>
    </message>
    <message>
        <source>%1–%2 min</source>
        <translation>%1–%2 Min.</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>negated</source>
        <translation>verneint</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>unsicher</translation>
    </message>
    <message>
        <source>%1 “%2” → %3 (%4, %5; rule %6)</source>
        <translation type="vanished">%1 „%2“ → %3 (%4, %5; Regel %6)</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>%1 “%2” → %3 (%4, %5, %6; rule %7)</source>
        <translation>%1 „%2“ → %3 (%4, %5, %6; Regel %7)</translation>
    </message>
    <message>
        <source>affirmed</source>
        <translation>bejaht</translation>
    </message>
    <message>
        <source>certain</source>
        <translation>sicher</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Confidence %1, below the model&apos;s threshold of %2: a suggestion, not yet a fact.</source>
        <translation>Konfidenz %1, unter der Schwelle des Modells von %2: ein Vorschlag, noch kein Fakt.</translation>
    </message>
    <message>
        <source>Confidence %1 (the model&apos;s threshold is %2).</source>
        <translation>Konfidenz %1 (die Schwelle des Modells liegt bei %2).</translation>
    </message>
    <message>
        <source>Weighed most: %1</source>
        <translation>Am stärksten gewichtet: %1</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
</context>
<context>
    <name>Iwb::FactPanel</name>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Accept All of Type</source>
        <translation type="vanished">Alle dieses Typs annehmen</translation>
    </message>
    <message>
        <source>Reject All of Type</source>
        <translation type="vanished">Alle dieses Typs ablehnen</translation>
    </message>
    <message>
        <source>Edit Value…</source>
        <translation>Wert bearbeiten…</translation>
    </message>
    <message>
        <source>Edit Value</source>
        <translation>Wert bearbeiten</translation>
    </message>
    <message>
        <source>Normalized value of “%1” as JSON, e.g. &quot;2019-12-09&quot;, 31 or {&quot;count&quot;: 9500, &quot;unit&quot;: &quot;users&quot;}:</source>
        <translation>Normalisierter Wert von „%1“ als JSON, z. B. &quot;2019-12-09&quot;, 31 oder {&quot;count&quot;: 9500, &quot;unit&quot;: &quot;users&quot;}:</translation>
    </message>
    <message>
        <source>“%1” is not a JSON value: %2</source>
        <translation>„%1“ ist kein JSON-Wert: %2</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <source>The facts of the open article, grouped by type, with value and status</source>
        <translation>Die Angaben des geöffneten Artikels, nach Typ gruppiert, mit Wert und Status</translation>
    </message>
    <message>
        <source>The facts found in the article, grouped by type. A accepts the selected fact, R rejects it, Del deletes it, F2 edits its value; drag one onto a field of the record to use it there.</source>
        <translation>Die im Artikel gefundenen Angaben, nach Typ gruppiert. A nimmt die ausgewählte Angabe an, R lehnt sie ab, Entf löscht sie, F2 bearbeitet ihren Wert; ziehen Sie eine auf ein Feld des Eintrags, um sie dort zu verwenden.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>Suggestions are the facts of rules that the learned model doubts (below its threshold); accept one to make it a fact</source>
        <translation>Vorschläge sind Fakten der Regeln, an denen das gelernte Modell zweifelt (unter seiner Schwelle); wer einen annimmt, macht ihn zum Fakt</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>&amp;Accept All Suggestions of This Type</source>
        <translation>Alle Vorschläge dieses Typs &amp;annehmen</translation>
    </message>
    <message>
        <source>&amp;Reject All Suggestions of This Type</source>
        <translation>Alle Vorschläge dieses Typs a&amp;blehnen</translation>
    </message>
    <message>
        <source>All of Type</source>
        <translation>Alle dieses Typs</translation>
    </message>
    <message>
        <source>Accept or reject all suggestions of the selected fact&apos;s type at once</source>
        <translation>Alle Vorschläge vom Typ der gewählten Angabe auf einmal annehmen oder ablehnen</translation>
    </message>
</context>
<context>
    <name>Iwb::HelpDialogs</name>
    <message>
        <source>Handbook</source>
        <translation>Handbuch</translation>
    </message>
    <message>
        <source>Incident Workbench Handbook</source>
        <translation>Handbuch zu Incident Workbench</translation>
    </message>
    <message>
        <source>In the window</source>
        <translation>Im Fenster</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Incident Workbench %1&lt;/h3&gt;&lt;p&gt;Turns articles about data incidents into curated, comparable incident records.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Built with Qt %2 (Widgets, SQL, Network, PDF), KDE Frameworks Syntax Highlighting %3, SQLite, Hyperscan, ICU, gumbo, uchardet, Poppler, GMime, libgsf, libzip and libxlsxwriter.&lt;/p&gt;&lt;p&gt;Store: %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Incident Workbench %1&lt;/h3&gt;&lt;p&gt;Macht aus Artikeln über Datenpannen geprüfte, vergleichbare Einträge für das Vorfallsverzeichnis.&lt;/p&gt;&lt;p&gt;Lizenz: GNU General Public License, Version 3 oder später (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 (Widgets, SQL, Network, PDF), KDE Frameworks Syntax Highlighting %3, SQLite, Hyperscan, ICU, gumbo, uchardet, Poppler, GMime, libgsf, libzip und libxlsxwriter.&lt;/p&gt;&lt;p&gt;Datenbank: %4&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Iwb::IncidentChooser</name>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>Betroffene</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Link Article to Incident</source>
        <translation>Artikel mit Vorfall verknüpfen</translation>
    </message>
    <message>
        <source>Filter by organization, date, cause…</source>
        <translation>Nach Organisation, Datum, Ursache filtern…</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Verknüpfen</translation>
    </message>
    <message>
        <source>Which incident does this article tell?</source>
        <translation>Von welchem Vorfall berichtet dieser Artikel?</translation>
    </message>
    <message>
        <source>Which incident does this article tell? Records of %1 are listed first.</source>
        <translation>Von welchem Vorfall berichtet dieser Artikel? Einträge zu %1 stehen oben.</translation>
    </message>
</context>
<context>
    <name>Iwb::IncidentFilter</name>
    <message>
        <source>filter &apos;%1&apos; is not KEY=VALUE with KEY one of: %2</source>
        <translation>der Filter „%1“ hat nicht die Form SCHLÜSSEL=WERT mit einem dieser Schlüssel: %2</translation>
    </message>
    <message>
        <source>filter &apos;%1&apos; has no value</source>
        <translation>der Filter „%1“ hat keinen Wert</translation>
    </message>
    <message>
        <source>filter &apos;%1&apos;: the cause is not one of: %2</source>
        <translation>Filter „%1“: die Ursache ist keine von: %2</translation>
    </message>
    <message>
        <source>filter &apos;%1&apos;: the review status is not one of: draft, first_pass, reviewed</source>
        <translation>Filter „%1“: der Prüfstatus ist keiner von: draft, first_pass, reviewed</translation>
    </message>
    <message>
        <source>filter &apos;%1&apos;: the date is not YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>Filter „%1“: das Datum hat nicht die Form JJJJ-MM-TT, JJJJ-MM oder JJJJ</translation>
    </message>
</context>
<context>
    <name>Iwb::IncidentListModel</name>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>Betroffene</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Art. 33 deadline</source>
        <translation>Meldefrist Art. 33</translation>
    </message>
</context>
<context>
    <name>Iwb::IncidentStore</name>
    <message>
        <source>%1 &apos;%2&apos; is not one of: %3</source>
        <translation>%1 „%2“ ist keiner der zulässigen Werte: %3</translation>
    </message>
    <message>
        <source>data category</source>
        <translation>Datenkategorie</translation>
    </message>
    <message>
        <source>the store file was deleted, moved or replaced while it was open. Nothing was written: put the file back or restore a backup, then open the store again; unsaved work is offered again from the recovery draft.</source>
        <translation>die Datenbankdatei wurde gelöscht, verschoben oder ersetzt, während sie geöffnet war. Es wurde nichts geschrieben: Legen Sie die Datei zurück oder stellen Sie eine Sicherung wieder her und öffnen Sie die Datenbank dann erneut; ungespeicherte Arbeit wird aus dem Wiederherstellungsentwurf erneut angeboten.</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>eine Transaktion kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>The disk is full, or the file may not grow. Nothing of this change was written and what was saved before is intact: free some space (or move the store to another disk) and save again.</source>
        <translation>Der Datenträger ist voll oder die Datei darf nicht wachsen. Von dieser Änderung wurde nichts geschrieben, und was vorher gespeichert war, ist unversehrt: Schaffen Sie Platz (oder verlegen Sie die Datenbank auf einen anderen Datenträger) und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>The store file was deleted, moved or replaced while it was open. Nothing was written: put the file back or restore a backup, then open the store again; unsaved work is offered again from the recovery draft.</source>
        <translation>Die Datenbankdatei wurde gelöscht, verschoben oder ersetzt, während sie geöffnet war. Es wurde nichts geschrieben: Legen Sie die Datei zurück oder stellen Sie eine Sicherung wieder her und öffnen Sie die Datenbank dann erneut; ungespeicherte Arbeit wird aus dem Wiederherstellungsentwurf erneut angeboten.</translation>
    </message>
    <message>
        <source>The store file or its folder is read-only. Nothing was written: make both writable and open the store again, or open a copy in a writable folder.</source>
        <translation>Die Datenbankdatei oder ihr Ordner ist schreibgeschützt. Es wurde nichts geschrieben: Machen Sie beide beschreibbar und öffnen Sie die Datenbank erneut, oder öffnen Sie eine Kopie in einem beschreibbaren Ordner.</translation>
    </message>
    <message>
        <source>SQLite could not open the file or the -wal and -shm files it keeps beside it: the folder may be read-only. Make the folder writable (or open a copy in a writable folder) and try again.</source>
        <translation>SQLite konnte die Datei oder die daneben geführten -wal- und -shm-Dateien nicht öffnen: Der Ordner ist vielleicht schreibgeschützt. Machen Sie den Ordner beschreibbar (oder öffnen Sie eine Kopie in einem beschreibbaren Ordner) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Another program (a second workbench or incident-cli) is writing to this store and held it longer than %1 s. Nothing was written: try again when it has finished.</source>
        <translation>Ein anderes Programm (eine zweite Workbench oder incident-cli) schreibt in diese Datenbank und hat sie länger als %1 s belegt. Es wurde nichts geschrieben: Versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>The store file is damaged. Restore a backup: the workbench offers the newest automatic one when it opens the store, or incident-cli restore --db STORE --from BACKUP.</source>
        <translation>Die Datenbankdatei ist beschädigt. Stellen Sie eine Sicherung wieder her: Die Workbench bietet beim Öffnen der Datenbank die neueste automatische an, oder verwenden Sie incident-cli restore --db DATENBANK --from SICHERUNG.</translation>
    </message>
    <message>
        <source>cannot prepare a statement</source>
        <translation>eine Anweisung kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>a statement failed</source>
        <translation>eine Anweisung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>cannot read the incident records</source>
        <translation>die Vorfallseinträge können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot write the library keys</source>
        <translation>die Sortierschlüssel der Bibliothek können nicht geschrieben werden</translation>
    </message>
    <message>
        <source>is not a file</source>
        <translation>ist keine Datei</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>There is no automatic backup; restore one you made (File → Back Up Store…) with incident-cli restore --db %1 --from BACKUP.</source>
        <translation>Es gibt keine automatische Sicherung; stellen Sie eine selbst angelegte (Datei → Datenbank sichern…) mit incident-cli restore --db %1 --from SICHERUNG wieder her.</translation>
    </message>
    <message>
        <source>The newest automatic backup is %1; the workbench offers to restore it, or run incident-cli restore --db %2 --from %1.</source>
        <translation>Die neueste automatische Sicherung ist %1; die Workbench bietet an, sie wiederherzustellen, oder führen Sie incident-cli restore --db %2 --from %1 aus.</translation>
    </message>
    <message>
        <source>cannot open the database</source>
        <translation>die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: the store file is damaged and cannot be read (%2).</source>
        <translation>%1: die Datenbankdatei ist beschädigt und kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>is not an Incident Workbench database (not readable as SQLite)</source>
        <translation>ist keine Incident-Workbench-Datenbank (nicht als SQLite lesbar)</translation>
    </message>
    <message>
        <source>was written by a newer Incident Workbench (schema version %1; this program knows up to %2). It was left untouched: open it with that newer version, or export a snapshot there and import it here.</source>
        <translation>wurde von einer neueren Incident Workbench geschrieben (Schemaversion %1; dieses Programm kennt bis %2). Sie blieb unverändert: Öffnen Sie sie mit der neueren Version, oder exportieren Sie dort einen Abzug und importieren Sie ihn hier.</translation>
    </message>
    <message>
        <source>%1: the store file is damaged (integrity check: %2).</source>
        <translation>%1: die Datenbankdatei ist beschädigt (Integritätsprüfung: %2).</translation>
    </message>
    <message>
        <source>cannot configure the database</source>
        <translation>die Datenbank kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>was not upgraded to schema version %1, because the backup before the upgrade failed: %2. Free some space or make the folder writable, then open it again.</source>
        <translation>wurde nicht auf Schemaversion %1 aktualisiert, weil die Sicherung vor der Aktualisierung fehlschlug: %2. Schaffen Sie Platz oder machen Sie den Ordner beschreibbar und öffnen Sie sie dann erneut.</translation>
    </message>
    <message>
        <source>is read-only and needs an upgrade (%1). Make the file and its folder writable and open it again.</source>
        <translation>ist schreibgeschützt und muss aktualisiert werden (%1). Machen Sie die Datei und ihren Ordner beschreibbar und öffnen Sie sie erneut.</translation>
    </message>
    <message>
        <source>Full-text search is unavailable: this SQLite library was built without FTS5. Searching falls back to plain substring matching, which is slower and ignores word forms.</source>
        <translation>Die Volltextsuche ist nicht verfügbar: Diese SQLite-Bibliothek wurde ohne FTS5 gebaut. Die Suche vergleicht stattdessen einfache Zeichenfolgen; das ist langsamer und berücksichtigt keine Wortformen.</translation>
    </message>
    <message>
        <source>cannot commit the import</source>
        <translation>der Import kann nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>there is no document with id %1</source>
        <translation>es gibt kein Dokument mit der ID %1</translation>
    </message>
    <message>
        <source>there is no fact with id %1</source>
        <translation>es gibt keine Angabe mit der ID %1</translation>
    </message>
    <message>
        <source>cannot commit the facts</source>
        <translation>die Angaben können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>the record was not saved: evidence for &apos;%1&apos; names fact %2 of %3</source>
        <translation>der Eintrag wurde nicht gespeichert: der Beleg für „%1“ nennt die Angabe %2 von %3</translation>
    </message>
    <message>
        <source>cannot commit the annotations</source>
        <translation>die Annotationen können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>fact &apos;%1&apos; has an invalid span %2..%3</source>
        <translation>die Angabe „%1“ hat einen ungültigen Textbereich %2..%3</translation>
    </message>
    <message>
        <source>cannot commit the record</source>
        <translation>der Eintrag kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>the record was not saved: %1</source>
        <translation>der Eintrag wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>there is no incident record with id %1</source>
        <translation>es gibt keinen Vorfallseintrag mit der ID %1</translation>
    </message>
    <message>
        <source>the record was not saved: evidence for unknown field &apos;%1&apos;</source>
        <translation>der Eintrag wurde nicht gespeichert: Beleg für das unbekannte Feld „%1“</translation>
    </message>
    <message>
        <source>cannot prepare the search index: %1</source>
        <translation>der Suchindex kann nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>cannot build the search index: %1</source>
        <translation>der Suchindex kann nicht aufgebaut werden: %1</translation>
    </message>
    <message>
        <source>incident %1 is in the breach register of %2; take it out of the register first (a breach with a notification logged stays documented)</source>
        <translation>Vorfall %1 steht im Meldungsregister von %2; nehmen Sie ihn zuerst aus dem Register (eine Datenpanne mit protokollierter Meldung bleibt dokumentiert)</translation>
    </message>
    <message>
        <source>the records were not saved</source>
        <translation>die Datensätze wurden nicht gespeichert</translation>
    </message>
    <message>
        <source>cannot commit the records</source>
        <translation>die Datensätze können nicht festgeschrieben werden</translation>
    </message>
</context>
<context>
    <name>Iwb::IncidentTimeline</name>
    <message>
        <source>record: incident date %1</source>
        <translation>Eintrag: Datum des Vorfalls %1</translation>
    </message>
    <message>
        <source>record: end time %1</source>
        <translation>Eintrag: Ende %1</translation>
    </message>
    <message>
        <source>article published %1</source>
        <translation>Artikel veröffentlicht am %1</translation>
    </message>
    <message>
        <source>article published %1: %2</source>
        <translation>Artikel veröffentlicht am %1: %2</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>1 min</source>
        <translation>1 Min.</translation>
    </message>
    <message>
        <source>10 min</source>
        <translation>10 Min.</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 Std.</translation>
    </message>
    <message>
        <source>6 h</source>
        <translation>6 Std.</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>10 years</source>
        <translation>10 Jahre</translation>
    </message>
    <message>
        <source>100 years</source>
        <translation>100 Jahre</translation>
    </message>
</context>
<context>
    <name>Iwb::LearningActions</name>
    <message>
        <source>Re&amp;train Model</source>
        <translation>Modell neu &amp;trainieren</translation>
    </message>
    <message>
        <source>Learn from the facts accepted and rejected in this store which of the rules&apos; proposals are facts; runs in the background</source>
        <translation>Aus den in dieser Datenbank angenommenen und abgelehnten Fakten lernen, welche Vorschläge der Regeln Fakten sind; läuft im Hintergrund</translation>
    </message>
    <message>
        <source>The extraction model could not be read: %1</source>
        <translation>Das Extraktionsmodell konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Training the extraction model on the curated articles…</source>
        <translation>Das Extraktionsmodell wird an den kuratierten Artikeln trainiert …</translation>
    </message>
    <message numerus="yes">
        <source>Extraction model version %1 trained on %n curated articles (%2 decisions).</source>
        <translation>
            <numerusform>Extraktionsmodell Version %1, trainiert an %n kuratierten Artikel (%2 Entscheidungen).</numerusform>
            <numerusform>Extraktionsmodell Version %1, trainiert an %n kuratierten Artikeln (%2 Entscheidungen).</numerusform>
        </translation>
    </message>
    <message>
        <source>The extraction model could not be trained: %1</source>
        <translation>Das Extraktionsmodell konnte nicht trainiert werden: %1</translation>
    </message>
    <message>
        <source>Nothing to learn from yet: accept or reject some facts first.</source>
        <translation>Noch nichts zu lernen: zuerst einige Fakten annehmen oder ablehnen.</translation>
    </message>
</context>
<context>
    <name>Iwb::LearningChart</name>
    <message>
        <source>The model learning</source>
        <translation>Wie das Modell lernt</translation>
    </message>
    <message>
        <source>No model has been trained on enough curated articles yet (two are needed to cross-validate).</source>
        <translation>Noch kein Modell wurde auf genug durchgesehenen Artikeln trainiert (für die Kreuzvalidierung braucht es zwei).</translation>
    </message>
    <message numerus="yes">
        <source>Model %1 (%2, %n curated articles): precision %3, recall %4</source>
        <translation>
            <numerusform>Modell %1 (%2, %n durchgesehener Artikel): Präzision %3, Trefferquote %4</numerusform>
            <numerusform>Modell %1 (%2, %n durchgesehene Artikel): Präzision %3, Trefferquote %4</numerusform>
        </translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Noch keine Werte</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Trefferquote</translation>
    </message>
</context>
<context>
    <name>Iwb::LibraryPanel</name>
    <message>
        <source>Filter titles; Enter searches article text</source>
        <translation>Titel filtern; Eingabe durchsucht den Artikeltext</translation>
    </message>
    <message>
        <source>Filter by organization, date, cause, review status…</source>
        <translation>Nach Organisation, Datum, Ursache, Prüfstatus filtern…</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message numerus="yes">
        <source>%n documents</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n articles contain “%1”</source>
        <translation>
            <numerusform>%n Artikel enthält „%1“</numerusform>
            <numerusform>%n Artikel enthalten „%1“</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter articles</source>
        <translation>Artikel filtern</translation>
    </message>
    <message>
        <source>The articles in the store; the selected one is shown beside the library</source>
        <translation>Die Artikel in der Datenbank; der ausgewählte wird neben der Bibliothek gezeigt</translation>
    </message>
    <message>
        <source>The articles in the store. Click one, or move with the arrow keys, to read it, check its facts and complete its incident record. Click a column header to sort.</source>
        <translation>Die Artikel in der Datenbank. Klicken Sie einen an oder wechseln Sie mit den Pfeiltasten, um ihn zu lesen, seine Angaben zu prüfen und seinen Vorfallseintrag zu vervollständigen. Ein Klick auf einen Spaltenkopf sortiert.</translation>
    </message>
    <message>
        <source>Filter incidents</source>
        <translation>Vorfälle filtern</translation>
    </message>
    <message>
        <source>Incident records</source>
        <translation>Vorfallseinträge</translation>
    </message>
    <message>
        <source>The register: one row per incident record</source>
        <translation>Das Verzeichnis: eine Zeile je Vorfallseintrag</translation>
    </message>
    <message>
        <source>The incident register, one record a row. Select two or more (Ctrl+click) and choose Compare → Compare Selected Incidents to see them side by side.</source>
        <translation>Das Vorfallsverzeichnis, ein Eintrag je Zeile. Wählen Sie zwei oder mehr aus (Strg+Klick) und dann Vergleichen → Ausgewählte Vorfälle vergleichen, um sie nebeneinander zu sehen.</translation>
    </message>
    <message>
        <source>Library views</source>
        <translation>Bibliotheksansichten</translation>
    </message>
</context>
<context>
    <name>Iwb::Localization</name>
    <message>
        <source>System language</source>
        <translation>Sprache des Systems</translation>
    </message>
</context>
<context>
    <name>Iwb::MainWindow</name>
    <message>
        <source>Finding facts in this long article; you can read and label meanwhile…</source>
        <translation>Angaben in diesem langen Artikel werden gesucht; Sie können währenddessen lesen und markieren…</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>Dateien &amp;importieren…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <source>Open &amp;URL…</source>
        <translation>&amp;URL öffnen…</translation>
    </message>
    <message>
        <source>&amp;Paste as New Article</source>
        <translation>Als neuen Artikel ein&amp;fügen</translation>
    </message>
    <message>
        <source>Import Store &amp;Snapshot…</source>
        <translation>Datenbank-&amp;Abzug importieren…</translation>
    </message>
    <message>
        <source>Import Store Snapshot</source>
        <translation>Datenbank-Abzug importieren</translation>
    </message>
    <message>
        <source>Store snapshots (*.json)</source>
        <translation>Datenbank-Abzüge (*.json)</translation>
    </message>
    <message>
        <source>Restored %1 articles and %2 incident records from %3</source>
        <translation>%1 Artikel und %2 Vorfallseinträge aus %3 wiederhergestellt</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find in Library</source>
        <translation>In der Bibliothek &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>&amp;Vorfall</translation>
    </message>
    <message>
        <source>E&amp;xtraction</source>
        <translation>E&amp;xtraktion</translation>
    </message>
    <message>
        <source>&amp;Re-run Extraction</source>
        <translation>Extraktion &amp;erneut ausführen</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>Compare &amp;Annotation Versions…</source>
        <translation>&amp;Annotationsfassungen vergleichen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Bearbeitungsverlauf</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Incident Workbench</source>
        <translation>&amp;Über Incident Workbench</translation>
    </message>
    <message>
        <source>About Incident Workbench</source>
        <translation>Über Incident Workbench</translation>
    </message>
    <message numerus="yes">
        <source>%n new articles, %1 already in the library, %2 failed</source>
        <translation>
            <numerusform>%n neuer Artikel, %1 schon in der Bibliothek, %2 fehlgeschlagen</numerusform>
            <numerusform>%n neue Artikel, %1 schon in der Bibliothek, %2 fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message numerus="yes">
        <source>%n files could not be imported. The others were imported.</source>
        <translation>
            <numerusform>%n Datei konnte nicht importiert werden. Die übrigen wurden importiert.</numerusform>
            <numerusform>%n Dateien konnten nicht importiert werden. Die übrigen wurden importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved Work Found</source>
        <translation>Ungespeicherte Arbeit gefunden</translation>
    </message>
    <message>
        <source>There is unsaved work on this article from an earlier session that ended unexpectedly. Restore it?</source>
        <translation>Zu diesem Artikel gibt es ungespeicherte Arbeit aus einer früheren Sitzung, die unerwartet beendet wurde. Wiederherstellen?</translation>
    </message>
    <message>
        <source>Unsaved work restored; save it with Ctrl+S.</source>
        <translation>Ungespeicherte Arbeit wiederhergestellt; speichern Sie sie mit Strg+S.</translation>
    </message>
    <message>
        <source>Extract facts</source>
        <translation>Angaben extrahieren</translation>
    </message>
    <message>
        <source>Extraction re-run; your accepted, rejected and hand-made facts were kept.</source>
        <translation>Extraktion erneut ausgeführt; Ihre angenommenen, abgelehnten und selbst angelegten Angaben bleiben erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n facts found.</source>
        <translation>
            <numerusform>%n Angabe gefunden.</numerusform>
            <numerusform>%n Angaben gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>The annotations could not be saved:
%1</source>
        <translation type="vanished">Die Annotationen konnten nicht gespeichert werden:
%1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Preparing the extraction rules…</source>
        <translation>Die Extraktionsregeln werden vorbereitet…</translation>
    </message>
    <message>
        <source>Extraction rules ready.</source>
        <translation>Extraktionsregeln bereit.</translation>
    </message>
    <message>
        <source>Extraction is off: %1</source>
        <translation>Extraktion ist aus: %1</translation>
    </message>
    <message>
        <source>Re-run extraction</source>
        <translation>Extraktion erneut ausführen</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The annotations of “%1” have changed. Save them?</source>
        <translation>Die Annotationen von „%1“ wurden geändert. Speichern?</translation>
    </message>
    <message>
        <source>clipboard, %1</source>
        <translation>Zwischenablage, %1</translation>
    </message>
    <message>
        <source>Nothing to paste: %1</source>
        <translation>Nichts einzufügen: %1</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>This text is already in the library.</source>
        <translation>Dieser Text ist schon in der Bibliothek.</translation>
    </message>
    <message>
        <source>Pasted text added as an article.</source>
        <translation>Eingefügter Text als Artikel hinzugefügt.</translation>
    </message>
    <message>
        <source>Open URL</source>
        <translation>URL öffnen</translation>
    </message>
    <message>
        <source>Fetched %1</source>
        <translation>%1 abgerufen</translation>
    </message>
    <message>
        <source>This page is already in the library (fetched from %1 before); the stored copy is shown.</source>
        <translation>Diese Seite ist schon in der Bibliothek (früher von %1 abgerufen); die gespeicherte Fassung wird gezeigt.</translation>
    </message>
    <message>
        <source>The text of this page is already in the library; the stored article is shown.</source>
        <translation>Der Text dieser Seite ist schon in der Bibliothek; der gespeicherte Artikel wird gezeigt.</translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.markdown *.html *.htm *.pdf *.eml *.msg *.docx);;E-mails (*.eml *.msg);;Word documents (*.docx);;All files (*)</source>
        <translation>Artikel (*.txt *.md *.markdown *.html *.htm *.pdf *.eml *.msg *.docx);;E-Mails (*.eml *.msg);;Word-Dokumente (*.docx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import a Folder of Articles</source>
        <translation>Einen Ordner mit Artikeln importieren</translation>
    </message>
    <message>
        <source>Importing articles…</source>
        <translation>Artikel werden importiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Imported %1 of %2 files</source>
        <translation>%1 von %2 Dateien importiert</translation>
    </message>
    <message numerus="yes">
        <source>%n new articles, %1 already in the library, %2 failed%3</source>
        <translation>
            <numerusform>%n neuer Artikel, %1 schon in der Bibliothek, %2 fehlgeschlagen%3</numerusform>
            <numerusform>%n neue Artikel, %1 schon in der Bibliothek, %2 fehlgeschlagen%3</numerusform>
        </translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (abgebrochen)</translation>
    </message>
    <message>
        <source>Recent &amp;Articles</source>
        <translation>&amp;Zuletzt geöffnete Artikel</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>E&amp;instellungen</translation>
    </message>
    <message>
        <source>&amp;Configure Incident Workbench…</source>
        <translation>Incident Workbench &amp;einrichten…</translation>
    </message>
    <message>
        <source>Incident Workbench &amp;Handbook</source>
        <translation>&amp;Handbuch zu Incident Workbench</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Settings saved. A new language, store or rule folder takes effect at the next start.</source>
        <translation>Einstellungen gespeichert. Eine neue Sprache, Datenbank oder ein neuer Regelordner wirkt ab dem nächsten Start.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the details)</source>
        <translation>
            <numerusform>… und %n weitere (siehe Details)</numerusform>
            <numerusform>… und %n weitere (siehe Details)</numerusform>
        </translation>
    </message>
    <message>
        <source>No articles opened yet</source>
        <translation>Noch keine Artikel geöffnet</translation>
    </message>
    <message>
        <source>Database: %1 (read-only: make the file and its folder writable to save changes)</source>
        <translation>Datenbank: %1 (schreibgeschützt: Datei und Ordner beschreibbar machen, um Änderungen zu speichern)</translation>
    </message>
    <message>
        <source>The annotations could not be saved.

%1

Your changes are kept, unsaved, in this window and in a recovery draft: save again once the problem is solved.</source>
        <translation>Die Annotationen konnten nicht gespeichert werden.

%1

Ihre Änderungen bleiben ungespeichert in diesem Fenster und in einem Wiederherstellungsentwurf erhalten: Speichern Sie erneut, sobald das Problem behoben ist.</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
</context>
<context>
    <name>Iwb::OpenUrlDialog</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>Open URL</source>
        <translation>URL öffnen</translation>
    </message>
    <message>
        <source>The page is fetched, its article text read and stored with its address; web pages (HTML) and plain text are read.</source>
        <translation>Die Seite wird abgerufen, ihr Artikeltext gelesen und mit ihrer Adresse gespeichert; gelesen werden Webseiten (HTML) und reiner Text.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Fetching %1 … %2 kB</source>
        <translation>%1 wird abgerufen … %2 kB</translation>
    </message>
    <message>
        <source>&lt;b&gt;Could not open the page.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Die Seite konnte nicht geöffnet werden.&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is not an address that can be fetched.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Diese Adresse kann nicht abgerufen werden.&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Connecting to %1 …</source>
        <translation>Verbindung zu %1 wird aufgebaut …</translation>
    </message>
</context>
<context>
    <name>Iwb::PdfPagesView</name>
    <message>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>The PDF cannot be shown: Qt PDF cannot read it (error %1).</source>
        <translation>Die PDF-Datei kann nicht angezeigt werden: Qt PDF kann sie nicht lesen (Fehler %1).</translation>
    </message>
    <message>
        <source>“%1” is not found on page %2 of the PDF (it may be spelt otherwise there).</source>
        <translation>„%1“ steht nicht auf Seite %2 der PDF-Datei (dort womöglich anders geschrieben).</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>Iwb::RecordForm</name>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Comma-separated: %1</source>
        <translation>Durch Kommas getrennt: %1</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Incident date</source>
        <translation>Datum des Vorfalls</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Beginn (Uhrzeit)</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Ende (Uhrzeit)</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Dauer (Minuten)</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>Betroffene</translation>
    </message>
    <message>
        <source>Affected unit</source>
        <translation>Art der Betroffenen</translation>
    </message>
    <message>
        <source>Data exposed</source>
        <translation>Betroffene Daten</translation>
    </message>
    <message>
        <source>Data not exposed</source>
        <translation>Nicht betroffene Daten</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>External attack</source>
        <translation>Angriff von außen</translation>
    </message>
    <message>
        <source>Discovered by</source>
        <translation>Entdeckt von</translation>
    </message>
    <message>
        <source>Authority notified</source>
        <translation>Aufsichtsbehörde informiert</translation>
    </message>
    <message>
        <source>Affected notified</source>
        <translation>Betroffene informiert</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>first pass</source>
        <translation>erste Durchsicht</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Prüfstatus</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Bearbeitet von</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Set review status to %1</source>
        <translation>Prüfstatus auf %1 setzen</translation>
    </message>
    <message>
        <source>Set analyst to %1</source>
        <translation>Bearbeitung auf %1 setzen</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Notizen bearbeiten</translation>
    </message>
    <message>
        <source>Fill from the current fact</source>
        <translation>Aus der aktuellen Angabe füllen</translation>
    </message>
    <message>
        <source>Facts that are this field&apos;s evidence; click to show the first</source>
        <translation>Angaben, die dieses Feld belegen; klicken zeigt die erste</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>%1 leeren</translation>
    </message>
    <message>
        <source>Set %1 to ‘%2’</source>
        <translation>%1 auf ‚%2‘ setzen</translation>
    </message>
    <message>
        <source>Evidence; click to show the first:
%1</source>
        <translation>Belege; klicken zeigt den ersten:
%1</translation>
    </message>
    <message>
        <source>Field %1 of the incident record</source>
        <translation>Feld „%1“ des Vorfallseintrags</translation>
    </message>
    <message>
        <source>Fill %1 from the current fact</source>
        <translation>%1 aus der aktuellen Angabe füllen</translation>
    </message>
    <message>
        <source>Evidence of %1</source>
        <translation>Belege für %1</translation>
    </message>
    <message>
        <source>Record fields</source>
        <translation>Felder des Eintrags</translation>
    </message>
</context>
<context>
    <name>Iwb::RegisterActions</name>
    <message>
        <source>&amp;Breach Register</source>
        <translation>&amp;Meldungsregister</translation>
    </message>
    <message>
        <source>&amp;Mark Incident as Breach…</source>
        <translation>Vorfall als Datenpanne &amp;markieren …</translation>
    </message>
    <message>
        <source>Make the open article&apos;s incident a breach of a controller&apos;s register (GDPR Art. 33), with the 72-hour clock and the fields pre-filled from the record</source>
        <translation>Den Vorfall des geöffneten Artikels als Datenpanne in das Register eines Verantwortlichen aufnehmen (Art. 33 DSGVO), mit der 72-Stunden-Frist und aus dem Datensatz vorausgefüllten Feldern</translation>
    </message>
    <message>
        <source>Breach Register</source>
        <translation>Meldungsregister</translation>
    </message>
    <message>
        <source>Mark Incident as Breach</source>
        <translation>Vorfall als Datenpanne markieren</translation>
    </message>
    <message>
        <source>The breach of which controller?</source>
        <translation>Die Datenpanne welches Verantwortlichen?</translation>
    </message>
    <message>
        <source>The article has no incident record yet. Fill in the record (at least the organization) and mark it then.</source>
        <translation>Der Artikel hat noch keinen Vorfallsdatensatz. Füllen Sie den Datensatz aus (mindestens die Organisation) und markieren Sie ihn dann.</translation>
    </message>
</context>
<context>
    <name>Iwb::RegisterEntryEditor</name>
    <message>
        <source>Select an entry of the register to see and edit it.</source>
        <translation>Wählen Sie einen Eintrag des Registers, um ihn zu sehen und zu bearbeiten.</translation>
    </message>
    <message>
        <source>Confirm All Values from the Article</source>
        <translation>Alle Werte aus dem Artikel bestätigen</translation>
    </message>
    <message>
        <source>Confirm every value that was taken from the article, after checking it.</source>
        <translation>Jeden aus dem Artikel übernommenen Wert bestätigen, nachdem Sie ihn geprüft haben.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Nicht bekannt</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Nicht entschieden</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Vertraulichkeit</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integrität</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>JJJJ-MM-TT HH:MM</translation>
    </message>
    <message>
        <source>comma-separated, e.g. customers, employees</source>
        <translation>durch Kommas getrennt, z. B. Kunden, Beschäftigte</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Confirm %1</source>
        <translation>%1 bestätigen</translation>
    </message>
    <message>
        <source>Confirm all values from the article</source>
        <translation>Alle Werte aus dem Artikel bestätigen</translation>
    </message>
    <message>
        <source>%1 (from the article)</source>
        <translation>%1 (aus dem Artikel)</translation>
    </message>
    <message>
        <source>Taken from the incident record.</source>
        <translation>Aus dem Vorfallsdatensatz übernommen.</translation>
    </message>
    <message>
        <source>Taken from the article:</source>
        <translation>Aus dem Artikel übernommen:</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitablauf</translation>
    </message>
    <message>
        <source>The breach</source>
        <translation>Die Verletzung</translation>
    </message>
    <message>
        <source>People and data</source>
        <translation>Personen und Daten</translation>
    </message>
    <message>
        <source>Consequences and measures</source>
        <translation>Folgen und Maßnahmen</translation>
    </message>
    <message>
        <source>Assessment and decisions</source>
        <translation>Bewertung und Entscheidungen</translation>
    </message>
</context>
<context>
    <name>Iwb::RegisterImport</name>
    <message>
        <source>&apos;%1&apos; is not a field of a register entry</source>
        <translation>„%1“ ist kein Feld eines Registereintrags</translation>
    </message>
    <message>
        <source>the columns &apos;%1&apos; and &apos;%2&apos; both give %3</source>
        <translation>die Spalten „%1“ und „%2“ geben beide %3 an</translation>
    </message>
    <message>
        <source>no column is mapped to a field</source>
        <translation>keine Spalte ist einem Feld zugeordnet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time (such as 15.01.2026 14:30 or 2026-01-15 14:30)</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit (etwa 15.01.2026 14:30 oder 2026-01-15 14:30)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes or no</source>
        <translation>„%1“ ist weder ja noch nein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names none of confidentiality, integrity and availability</source>
        <translation>„%1“ nennt weder Vertraulichkeit noch Integrität noch Verfügbarkeit</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a risk level (none, risk, high)</source>
        <translation>„%1“ ist keine Risikostufe (kein, Risiko, hoch)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a status (assessing, notified, documented only, closed)</source>
        <translation>„%1“ ist kein Status (in Prüfung, gemeldet, nur dokumentiert, abgeschlossen)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a risk criterion</source>
        <translation>„%1“ ist kein Risikokriterium</translation>
    </message>
    <message>
        <source>the row says neither what happened nor when the controller became aware of it</source>
        <translation>die Zeile sagt weder, was geschah, noch wann der Verantwortliche davon Kenntnis erlangte</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Aktenzeichen: %1</translation>
    </message>
    <message>
        <source>From row %1 of a spreadsheet register.</source>
        <translation>Aus Zeile %1 eines Tabellenregisters.</translation>
    </message>
    <message>
        <source>cannot remember the column mapping in %1: %2</source>
        <translation>die Spaltenzuordnung kann nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>Iwb::RegisterImportDialog</name>
    <message>
        <source>Organization (of the incident)</source>
        <translation>Organisation (des Vorfalls)</translation>
    </message>
    <message>
        <source>Notes (kept as column: value)</source>
        <translation>Notizen (als Spalte: Wert übernommen)</translation>
    </message>
    <message>
        <source>Notification sent at</source>
        <translation>Meldung gesendet am</translation>
    </message>
    <message>
        <source>Authority&apos;s reference</source>
        <translation>Aktenzeichen der Behörde</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>Import Spreadsheet Register</source>
        <translation>Tabellenregister importieren</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Rows that are duplicates or do not fit are listed here.</source>
        <translation>Doppelte und nicht passende Zeilen werden hier aufgeführt.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Into the register of:</source>
        <translation>In das Register von:</translation>
    </message>
    <message>
        <source>Which field each column fills (remembered for files with these headers):</source>
        <translation>Welches Feld jede Spalte füllt (für Dateien mit diesen Überschriften gemerkt):</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(auslassen)</translation>
    </message>
    <message>
        <source>Make a register first (New Register…).</source>
        <translation>Legen Sie zuerst ein Register an (Neues Register …).</translation>
    </message>
    <message>
        <source>Row %1 does not fit: %2</source>
        <translation>Zeile %1 passt nicht: %2</translation>
    </message>
    <message>
        <source>Row %1 is already in the register (entry %2).</source>
        <translation>Zeile %1 steht schon im Register (Eintrag %2).</translation>
    </message>
    <message>
        <source>Row %1 tells the same breach as row %2.</source>
        <translation>Zeile %1 beschreibt dieselbe Verletzung wie Zeile %2.</translation>
    </message>
    <message>
        <source>%1 of %2 rows will be imported; %3 duplicates and %4 rows that do not fit are left out.</source>
        <translation>%1 von %2 Zeilen werden importiert; %3 doppelte und %4 nicht passende Zeilen werden ausgelassen.</translation>
    </message>
    <message>
        <source>Nothing Imported</source>
        <translation>Nichts importiert</translation>
    </message>
    <message>
        <source>Mapping Not Remembered</source>
        <translation>Zuordnung nicht gemerkt</translation>
    </message>
</context>
<context>
    <name>Iwb::RegisterStore</name>
    <message>
        <source>a register needs the controller&apos;s name</source>
        <translation>ein Verzeichnis braucht den Namen des Verantwortlichen</translation>
    </message>
    <message>
        <source>the register of %1</source>
        <translation>das Verzeichnis von %1</translation>
    </message>
    <message>
        <source>cannot read register %1</source>
        <translation>das Verzeichnis %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>there is no register with id %1</source>
        <translation>es gibt kein Verzeichnis mit der ID %1</translation>
    </message>
    <message>
        <source>cannot read the registers</source>
        <translation>die Verzeichnisse können nicht gelesen werden</translation>
    </message>
    <message>
        <source>the register entry of incident %1</source>
        <translation>der Verzeichniseintrag zu Vorfall %1</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>eine Transaktion kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>there is no row with id %1</source>
        <translation>es gibt keine Zeile mit der ID %1</translation>
    </message>
    <message>
        <source>cannot save %1</source>
        <translation>%1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot read register entry %1</source>
        <translation>der Verzeichniseintrag %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>there is no register entry with id %1</source>
        <translation>es gibt keinen Verzeichniseintrag mit der ID %1</translation>
    </message>
    <message>
        <source>cannot read the register entry of incident %1</source>
        <translation>der Verzeichniseintrag zu Vorfall %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the register entries</source>
        <translation>die Verzeichniseinträge können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the notifications of register entry %1</source>
        <translation>die Meldungen zum Verzeichniseintrag %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>register entry %1 has notifications sent to the authority; it stays documented (GDPR Art. 33(5))</source>
        <translation>zum Verzeichniseintrag %1 gibt es Meldungen an die Aufsichtsbehörde; er bleibt dokumentiert (Art. 33 Abs. 5 DSGVO)</translation>
    </message>
    <message>
        <source>cannot remove register entry %1</source>
        <translation>der Verzeichniseintrag %1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>a notification needs the time it was sent</source>
        <translation>eine Meldung braucht den Zeitpunkt, zu dem sie gesendet wurde</translation>
    </message>
    <message>
        <source>cannot log the notification of register entry %1</source>
        <translation>die Meldung zum Verzeichniseintrag %1 kann nicht protokolliert werden</translation>
    </message>
    <message>
        <source>cannot mark register entry %1 as notified</source>
        <translation>der Verzeichniseintrag %1 kann nicht als gemeldet markiert werden</translation>
    </message>
</context>
<context>
    <name>Iwb::RegisterTableModel</name>
    <message>
        <source>Incident %1</source>
        <translation>Vorfall %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The 72 hours have passed: the notification must give the reasons for the delay (Art. 33(1) GDPR).</source>
        <translation>Die 72 Stunden sind abgelaufen: Die Meldung muss die Gründe für die Verzögerung nennen (Art. 33 Abs. 1 DSGVO).</translation>
    </message>
    <message>
        <source>72 hours counted from the full hour after awareness (Regulation 1182/71 Art. 3(1))</source>
        <translation>72 Stunden ab der vollen Stunde nach der Kenntnisnahme gezählt (Verordnung 1182/71 Art. 3 Abs. 1)</translation>
    </message>
    <message>
        <source>72 hours of elapsed time from the moment of awareness</source>
        <translation>72 Stunden verstrichene Zeit ab dem Zeitpunkt der Kenntnisnahme</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Verantwortlicher</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Became aware</source>
        <translation>Kenntnis erlangt</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Gemeldet</translation>
    </message>
</context>
<context>
    <name>Iwb::RegisterWindow</name>
    <message>
        <source>Missing: %1.</source>
        <translation>Es fehlt: %1.</translation>
    </message>
    <message>
        <source>Taken from the article and not confirmed yet: %1.</source>
        <translation>Aus dem Artikel übernommen und noch nicht bestätigt: %1.</translation>
    </message>
    <message>
        <source>Breach Register</source>
        <translation>Meldungsregister</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>&amp;Save Entry</source>
        <translation>Eintrag &amp;speichern</translation>
    </message>
    <message>
        <source>Create &amp;Notification Report…</source>
        <translation>&amp;Meldung an die Aufsichtsbehörde erstellen …</translation>
    </message>
    <message>
        <source>Create &amp;Follow-up Report…</source>
        <translation>&amp;Nachmeldung erstellen …</translation>
    </message>
    <message>
        <source>Save Follow-up Report</source>
        <translation>Nachmeldung speichern</translation>
    </message>
    <message>
        <source>Follow-up notification</source>
        <translation>Nachmeldung</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Log Sent Notification…</source>
        <translation>Versendete Meldung &amp;protokollieren …</translation>
    </message>
    <message>
        <source>Create Letter to &amp;Data Subjects…</source>
        <translation>&amp;Benachrichtigung der Betroffenen erstellen …</translation>
    </message>
    <message>
        <source>Save Letter to the Data Subjects</source>
        <translation>Benachrichtigung der Betroffenen speichern</translation>
    </message>
    <message>
        <source>Letter to data subjects</source>
        <translation>Benachrichtigung der Betroffenen</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Text for a mail merge (*.txt)</source>
        <translation>PDF (*.pdf);;Text für einen Serienbrief (*.txt)</translation>
    </message>
    <message>
        <source>Export Deadlines to &amp;Calendar…</source>
        <translation>Fristen in den &amp;Kalender exportieren …</translation>
    </message>
    <message>
        <source>Export Deadlines</source>
        <translation>Fristen exportieren</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Deadlines Not Exported</source>
        <translation>Fristen nicht exportiert</translation>
    </message>
    <message>
        <source>Deadlines written to %1</source>
        <translation>Fristen gespeichert in %1</translation>
    </message>
    <message>
        <source>&amp;New Register…</source>
        <translation>&amp;Neues Register …</translation>
    </message>
    <message>
        <source>Register &amp;Settings…</source>
        <translation>Register&amp;einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Take Out of the Register</source>
        <translation>Aus dem Register &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Controller:</source>
        <translation>Verantwortlicher:</translation>
    </message>
    <message>
        <source> Status:</source>
        <translation> Status:</translation>
    </message>
    <message>
        <source>All controllers</source>
        <translation>Alle Verantwortlichen</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The register entry has unsaved changes. Save them?</source>
        <translation>Der Registereintrag hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>Register Entry Not Saved</source>
        <translation>Registereintrag nicht gespeichert</translation>
    </message>
    <message>
        <source>Register entry saved.</source>
        <translation>Registereintrag gespeichert.</translation>
    </message>
    <message>
        <source>No register entry is selected.</source>
        <translation>Es ist kein Registereintrag ausgewählt.</translation>
    </message>
    <message>
        <source>The Report Is Not Ready</source>
        <translation>Die Meldung ist noch nicht vollständig</translation>
    </message>
    <message>
        <source>The notification report for the authority needs every point of Art. 33(3) GDPR, and every value taken from the article confirmed.

%1</source>
        <translation>Die Meldung an die Aufsichtsbehörde braucht jeden Punkt von Art. 33 Abs. 3 DSGVO, und jeder aus dem Artikel übernommene Wert muss bestätigt sein.

%1</translation>
    </message>
    <message>
        <source>Breach notification %1 %2.pdf</source>
        <translation>Meldung Datenpanne %1 %2.pdf</translation>
    </message>
    <message>
        <source>Save Notification Report</source>
        <translation>Meldung speichern</translation>
    </message>
    <message>
        <source>Report Not Written</source>
        <translation>Meldung nicht gespeichert</translation>
    </message>
    <message>
        <source>Notification report written to %1</source>
        <translation>Meldung gespeichert in %1</translation>
    </message>
    <message>
        <source>The entry could not be saved.</source>
        <translation>Der Eintrag konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
    <message>
        <source>Nothing was sent for this entry yet: a follow-up lists what changed since a notification was sent. Create the notification report and log it as sent first.</source>
        <translation>Für diesen Eintrag wurde noch nichts gemeldet: Eine Nachmeldung nennt, was sich seit einer versendeten Meldung geändert hat. Erstellen Sie zuerst die Meldung und protokollieren Sie sie als versendet.</translation>
    </message>
    <message>
        <source>Nothing changed since the last notification was sent (%1).</source>
        <translation>Seit der zuletzt versendeten Meldung (%1) hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>The letter to the data subjects (Art. 34 GDPR) needs: %1.</source>
        <translation>Für die Benachrichtigung der Betroffenen (Art. 34 DSGVO) fehlt: %1.</translation>
    </message>
    <message>
        <source>Log Follow-up Notification</source>
        <translation>Nachmeldung protokollieren</translation>
    </message>
    <message>
        <source>Log Initial Notification</source>
        <translation>Erstmeldung protokollieren</translation>
    </message>
    <message>
        <source>The authority&apos;s reference number, if it gave one</source>
        <translation>Das Aktenzeichen der Behörde, falls sie eines vergeben hat</translation>
    </message>
    <message>
        <source>The report as it is now is kept with the log, unchanged (Art. 33(5) GDPR).</source>
        <translation>Die Meldung wird in ihrem jetzigen Stand unverändert mit dem Protokoll aufbewahrt (Art. 33 Abs. 5 DSGVO).</translation>
    </message>
    <message>
        <source>Sent at (%1):</source>
        <translation>Versendet am (%1):</translation>
    </message>
    <message>
        <source>Authority:</source>
        <translation>Behörde:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Aktenzeichen:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time such as 2026-01-15 12:00.</source>
        <translation>„%1“ ist keine Zeitangabe wie 2026-01-15 12:00.</translation>
    </message>
    <message>
        <source>Notification logged.</source>
        <translation>Meldung protokolliert.</translation>
    </message>
    <message>
        <source>Notification Not Logged</source>
        <translation>Meldung nicht protokolliert</translation>
    </message>
    <message>
        <source>Register Not Saved</source>
        <translation>Register nicht gespeichert</translation>
    </message>
    <message>
        <source>Take Out of the Register</source>
        <translation>Aus dem Register entfernen</translation>
    </message>
    <message>
        <source>Take this incident out of the breach register? Its Art. 33 fields are deleted; the incident record stays.</source>
        <translation>Diesen Vorfall aus dem Meldungsregister entfernen? Seine Angaben nach Art. 33 werden gelöscht; der Vorfallsdatensatz bleibt.</translation>
    </message>
    <message>
        <source>Entry Not Removed</source>
        <translation>Eintrag nicht entfernt</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>Einträge: %1</translation>
    </message>
    <message>
        <source>%1, overdue: %2</source>
        <translation>%1, überfällig: %2</translation>
    </message>
    <message>
        <source>&amp;Import Spreadsheet Register…</source>
        <translation>Tabellenregister &amp;importieren …</translation>
    </message>
    <message>
        <source>Import Spreadsheet Register</source>
        <translation>Tabellenregister importieren</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.tsv)</source>
        <translation>Tabellen (*.csv *.xlsx *.tsv)</translation>
    </message>
    <message numerus="yes">
        <source>%n rows imported into the register</source>
        <translation>
            <numerusform>%n Zeile in das Register importiert</numerusform>
            <numerusform>%n Zeilen in das Register importiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Iwb::ResolutionDialog</name>
    <message>
        <source>Resolve Differences</source>
        <translation>Unterschiede auflösen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Record (%1)</source>
        <translation>Eintrag (%1)</translation>
    </message>
    <message>
        <source>From ‘%1’</source>
        <translation>Aus ‚%1‘</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>The record does not state this; the article does.</source>
        <translation>Der Eintrag gibt das nicht an, der Artikel schon.</translation>
    </message>
    <message>
        <source>Both state this, differently.</source>
        <translation>Beide geben es an, aber verschieden.</translation>
    </message>
    <message>
        <source>leave empty</source>
        <translation>leer lassen</translation>
    </message>
    <message>
        <source>keep the record&apos;s</source>
        <translation>den des Eintrags behalten</translation>
    </message>
    <message>
        <source>take the article&apos;s</source>
        <translation>den des Artikels übernehmen</translation>
    </message>
    <message>
        <source>both</source>
        <translation>beide</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message numerus="yes">
        <source>The linked article differs from the record in %n fields. Choose per field; the evidence of every article that supports the chosen value is kept.</source>
        <translation>
            <numerusform>Der verknüpfte Artikel weicht in %n Feld vom Eintrag ab. Wählen Sie je Feld; die Belege jedes Artikels, der den gewählten Wert stützt, bleiben erhalten.</numerusform>
            <numerusform>Der verknüpfte Artikel weicht in %n Feldern vom Eintrag ab. Wählen Sie je Feld; die Belege jedes Artikels, der den gewählten Wert stützt, bleiben erhalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Iwb::ReviewNext</name>
    <message>
        <source>Review &amp;Next</source>
        <translation>&amp;Nächsten durchsehen</translation>
    </message>
    <message>
        <source>Open the unreviewed article the learned model is least sure about: deciding its facts teaches the model most</source>
        <translation>Öffnet den noch nicht durchgesehenen Artikel, bei dem das gelernte Modell am unsichersten ist: Entscheidungen über seine Angaben lehren das Modell am meisten</translation>
    </message>
    <message>
        <source>Finding the unreviewed articles the model is least sure about…</source>
        <translation>Suche die noch nicht durchgesehenen Artikel, bei denen das Modell am unsichersten ist …</translation>
    </message>
    <message>
        <source>The articles to review could not be read: %1</source>
        <translation>Die durchzusehenden Artikel konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Every article has been reviewed.</source>
        <translation>Alle Artikel sind durchgesehen.</translation>
    </message>
    <message numerus="yes">
        <source>Review next: the model doubts %1 of the %n facts it judged here (uncertainty %2); %3 more to review.</source>
        <translation>
            <numerusform>Als Nächstes: Das Modell zweifelt an %1 der %n Angabe, die es hier beurteilt hat (Unsicherheit %2); noch %3 durchzusehen.</numerusform>
            <numerusform>Als Nächstes: Das Modell zweifelt an %1 der %n Angaben, die es hier beurteilt hat (Unsicherheit %2); noch %3 durchzusehen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Iwb::SchemaMigrations</name>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>die Schemaversion kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this program&apos;s %2; open it with a newer Incident Workbench</source>
        <translation>die Datenbank hat die Schemaversion %1, neuer als die %2 dieses Programms; öffnen Sie sie mit einer neueren Incident Workbench</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>eine Transaktion kann nicht begonnen werden: %1</translation>
    </message>
    <message>
        <source>migration to schema version %1 failed: %2</source>
        <translation>die Umstellung auf Schemaversion %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>Iwb::SettingsDialog</name>
    <message>
        <source>Configure Incident Workbench</source>
        <translation>Incident Workbench einrichten</translation>
    </message>
    <message>
        <source>The language of menus and messages, and how numbers and dates are written. Takes effect at the next start.</source>
        <translation>Die Sprache von Menüs und Meldungen und die Schreibweise von Zahlen und Daten. Wirkt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Your name, recorded with every change in the edit history instead of the login name</source>
        <translation>Ihr Name, der bei jeder Änderung im Bearbeitungsverlauf statt des Anmeldenamens vermerkt wird</translation>
    </message>
    <message>
        <source>Tell from the text</source>
        <translation>Aus dem Text erkennen</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>The language assumed for an imported article whose language cannot be told from its text; the interface&apos;s language does not matter for this</source>
        <translation>Die Sprache, die für einen importierten Artikel angenommen wird, dessen Sprache sich nicht aus dem Text erkennen lässt; die Sprache der Oberfläche spielt dafür keine Rolle</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Light or dark windows; the article&apos;s highlighting follows unless a theme was chosen in View → Theme</source>
        <translation>Helle oder dunkle Fenster; die Hervorhebungen im Artikel folgen, wenn nicht unter Ansicht → Farbschema eines gewählt wurde</translation>
    </message>
    <message>
        <source>the default store in your data folder</source>
        <translation>die Standarddatenbank in Ihrem Datenordner</translation>
    </message>
    <message>
        <source>The SQLite file the workbench opens; takes effect at the next start</source>
        <translation>Die SQLite-Datei, die die Workbench öffnet; wirkt ab dem nächsten Start</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>Choose the store file</source>
        <translation>Datenbankdatei auswählen</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Incident Workbench databases (*.sqlite *.db);;All files (*)</source>
        <translation>Incident-Workbench-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>the built-in rule packs</source>
        <translation>die eingebauten Regelpakete</translation>
    </message>
    <message>
        <source>A folder with one subfolder per language (de, en) of rule files (*.tsv) that replace the built-in rules; takes effect at the next start</source>
        <translation>Ein Ordner mit je einem Unterordner pro Sprache (de, en) mit Regeldateien (*.tsv), die die eingebauten Regeln ersetzen; wirkt ab dem nächsten Start</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Choose the rule pack folder</source>
        <translation>Ordner der Regelpakete auswählen</translation>
    </message>
    <message>
        <source>Rule Pack Folder</source>
        <translation>Ordner der Regelpakete</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How often unsaved work is written to a recovery draft, offered back after a crash</source>
        <translation>Wie oft ungespeicherte Arbeit in einen Wiederherstellungsentwurf geschrieben wird, der nach einem Absturz angeboten wird</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Sprache der Oberfläche:</translation>
    </message>
    <message>
        <source>&amp;Analyst name:</source>
        <translation>&amp;Name (Bearbeitung):</translation>
    </message>
    <message>
        <source>Assumed &amp;article language:</source>
        <translation>Angenommene Sprache der &amp;Artikel:</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Farben:</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;Rule pack folder:</source>
        <translation>&amp;Ordner der Regelpakete:</translation>
    </message>
    <message>
        <source>Save a recovery draft &amp;every:</source>
        <translation>Wiederherstellungsentwurf spei&amp;chern alle:</translation>
    </message>
</context>
<context>
    <name>Iwb::SimilarIncidents</name>
    <message>
        <source>the same day</source>
        <translation>am selben Tag</translation>
    </message>
    <message>
        <source>1 day apart</source>
        <translation>1 Tag auseinander</translation>
    </message>
    <message>
        <source>%1 days apart</source>
        <translation>%1 Tage auseinander</translation>
    </message>
    <message>
        <source>same cause: %1</source>
        <translation>gleiche Ursache: %1</translation>
    </message>
    <message>
        <source>%1 of %2 data categories in common</source>
        <translation>%1 von %2 Datenkategorien gemeinsam</translation>
    </message>
    <message>
        <source>same organization: %1</source>
        <translation>gleiche Organisation: %1</translation>
    </message>
    <message>
        <source>articles %1% alike in wording</source>
        <translation>Artikel im Wortlaut zu %1 % ähnlich</translation>
    </message>
    <message>
        <source>%1: there is no incident record %2</source>
        <translation>%1: es gibt keinen Vorfallseintrag %2</translation>
    </message>
</context>
<context>
    <name>Iwb::SimilarIncidentsDialog</name>
    <message>
        <source>Similar Incidents</source>
        <translation>Ähnliche Vorfälle</translation>
    </message>
    <message>
        <source>incident %1</source>
        <translation>Vorfall %1</translation>
    </message>
    <message>
        <source>No other record shares a cause, data categories, the organization, a nearby date or wording with “%1”.</source>
        <translation>Kein anderer Eintrag teilt Ursache, Datenkategorien, Organisation, ein nahes Datum oder Formulierungen mit „%1“.</translation>
    </message>
    <message>
        <source>Records like “%1”%2, best first. Scores add up same cause (25%), shared data categories (25%), same organization (20%), close dates (15%) and similar article wording (15%).</source>
        <translation>Einträge wie „%1“%2, die ähnlichsten zuerst. Die Punktzahl setzt sich zusammen aus gleicher Ursache (25 %), gemeinsamen Datenkategorien (25 %), gleicher Organisation (20 %), nahem Datum (15 %) und ähnlicher Formulierung der Artikel (15 %).</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
</context>
<context>
    <name>Iwb::SourceLinker</name>
    <message>
        <source>&amp;Link Article to Incident…</source>
        <translation>Artikel mit Vorfall &amp;verknüpfen…</translation>
    </message>
    <message>
        <source>&amp;Unlink Article from Incident</source>
        <translation>Verknüpfung des Artikels mit dem Vorfall &amp;lösen</translation>
    </message>
    <message>
        <source>This article tells an incident that already has a record: add it to that record&apos;s sources</source>
        <translation>Dieser Artikel berichtet von einem Vorfall, der schon einen Eintrag hat: ihn zu den Quellen dieses Eintrags hinzufügen</translation>
    </message>
    <message>
        <source>Remove this article from the incident&apos;s sources; it gets a record of its own</source>
        <translation>Diesen Artikel aus den Quellen des Vorfalls entfernen; er bekommt einen eigenen Eintrag</translation>
    </message>
    <message>
        <source>Unlink Article</source>
        <translation>Verknüpfung lösen</translation>
    </message>
    <message>
        <source>article %1</source>
        <translation>Artikel %1</translation>
    </message>
    <message>
        <source>a fact no longer in the article</source>
        <translation>eine Angabe, die nicht mehr im Artikel steht</translation>
    </message>
    <message>
        <source>a fact no longer stored</source>
        <translation>eine nicht mehr gespeicherte Angabe</translation>
    </message>
    <message>
        <source>unknown article</source>
        <translation>unbekannter Artikel</translation>
    </message>
    <message>
        <source>The rules for assembling the article&apos;s record could not be loaded: %1</source>
        <translation>Die Regeln, nach denen der Eintrag des Artikels gebildet wird, konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No article is open.</source>
        <translation>Kein Artikel ist geöffnet.</translation>
    </message>
    <message>
        <source>The article already belongs to this incident.</source>
        <translation>Der Artikel gehört schon zu diesem Vorfall.</translation>
    </message>
    <message>
        <source>no organization</source>
        <translation>keine Organisation</translation>
    </message>
    <message>
        <source>Link ‘%1’ to incident %2 (%3)</source>
        <translation>‚%1‘ mit Vorfall %2 (%3) verknüpfen</translation>
    </message>
    <message>
        <source>The article is no longer linked to the incident it was compared with.</source>
        <translation>Der Artikel ist nicht mehr mit dem Vorfall verknüpft, mit dem er verglichen wurde.</translation>
    </message>
    <message>
        <source>Resolve incident %1 with ‘%2’: %3</source>
        <translation>Vorfall %1 mit ‚%2‘ abgleichen: %3</translation>
    </message>
    <message>
        <source>The article is the only source of its record; there is nothing to unlink it from.</source>
        <translation>Der Artikel ist die einzige Quelle seines Eintrags; es gibt keine Verknüpfung zu lösen.</translation>
    </message>
    <message>
        <source>Unlink ‘%1’ from incident %2 (%3)</source>
        <translation>Verknüpfung von ‚%1‘ mit Vorfall %2 (%3) lösen</translation>
    </message>
    <message>
        <source>Link Article to Incident</source>
        <translation>Artikel mit Vorfall verknüpfen</translation>
    </message>
    <message>
        <source>Resolve Differences</source>
        <translation>Unterschiede auflösen</translation>
    </message>
</context>
<context>
    <name>Iwb::SourcesBar</name>
    <message>
        <source>Link to Incident…</source>
        <translation>Mit Vorfall verknüpfen…</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Verknüpfung lösen</translation>
    </message>
    <message>
        <source>Sources (%1): %2</source>
        <translation>Quellen (%1): %2</translation>
    </message>
</context>
<context>
    <name>Iwb::SpreadsheetFile</name>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>workbook</source>
        <translation>Arbeitsmappe</translation>
    </message>
    <message>
        <source>the file is larger than 64 MB; a register is not</source>
        <translation>die Datei ist größer als 64 MB; ein Register ist es nicht</translation>
    </message>
    <message>
        <source>save the sheet as .xlsx or .csv first (this format is not read)</source>
        <translation>speichern Sie die Tabelle zuerst als .xlsx oder .csv (dieses Format wird nicht gelesen)</translation>
    </message>
    <message>
        <source>not a spreadsheet (.csv or .xlsx)</source>
        <translation>keine Tabelle (.csv oder .xlsx)</translation>
    </message>
    <message>
        <source>the sheet has no rows below its header</source>
        <translation>die Tabelle hat unter ihrer Kopfzeile keine Zeilen</translation>
    </message>
</context>
<context>
    <name>Iwb::StoreBackup</name>
    <message>
        <source>%1: cannot be created (%2)</source>
        <translation>%1: kann nicht angelegt werden (%2)</translation>
    </message>
    <message>
        <source>%1: the backup cannot start (%2)</source>
        <translation>%1: die Sicherung kann nicht beginnen (%2)</translation>
    </message>
    <message>
        <source>%1: the backup failed (%2)</source>
        <translation>%1: die Sicherung ist fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <source>%1: cannot finish the backup (%2)</source>
        <translation>%1: die Sicherung kann nicht abgeschlossen werden (%2)</translation>
    </message>
    <message>
        <source>%1: cannot be written (the backup is left in %2)</source>
        <translation>%1: kann nicht geschrieben werden (die Sicherung liegt noch in %2)</translation>
    </message>
    <message>
        <source>%1: is not a readable store (%2)</source>
        <translation>%1: ist keine lesbare Datenbank (%2)</translation>
    </message>
    <message>
        <source>%1: is damaged (%2)</source>
        <translation>%1: ist beschädigt (%2)</translation>
    </message>
    <message>
        <source>%1: is not an Incident Workbench store</source>
        <translation>%1: ist keine Incident-Workbench-Datenbank</translation>
    </message>
    <message>
        <source>%1: was written by a newer Incident Workbench (schema version %2; this program knows up to %3)</source>
        <translation>%1: wurde von einer neueren Incident Workbench geschrieben (Schemaversion %2; dieses Programm kennt bis %3)</translation>
    </message>
    <message>
        <source>%1: the store is not open</source>
        <translation>%1: die Datenbank ist nicht geöffnet</translation>
    </message>
    <message>
        <source>%1: is the store itself; choose another file for the backup</source>
        <translation>%1: ist die Datenbank selbst; wählen Sie eine andere Datei für die Sicherung</translation>
    </message>
    <message>
        <source>%1: no such store</source>
        <translation>%1: diese Datenbank gibt es nicht</translation>
    </message>
    <message>
        <source>%1: cannot be opened (%2)</source>
        <translation>%1: kann nicht geöffnet werden (%2)</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: diese Datei gibt es nicht</translation>
    </message>
    <message>
        <source>%1: cannot be moved aside to make room for the backup</source>
        <translation>%1: kann nicht beiseitegelegt werden, um Platz für die Sicherung zu schaffen</translation>
    </message>
    <message>
        <source>%1: cannot be written (the restored copy is left in %2)</source>
        <translation>%1: kann nicht geschrieben werden (die wiederhergestellte Kopie liegt noch in %2)</translation>
    </message>
    <message>
        <source>%1: cannot create the folder for the backup before the upgrade</source>
        <translation>%1: der Ordner für die Sicherung vor der Aktualisierung kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>Iwb::StoreBackupAction</name>
    <message>
        <source>&amp;Back Up Store…</source>
        <translation>Datenbank &amp;sichern…</translation>
    </message>
    <message>
        <source>Back Up Store</source>
        <translation>Datenbank sichern</translation>
    </message>
    <message>
        <source>Store backups (*.sqlite)</source>
        <translation>Datenbanksicherungen (*.sqlite)</translation>
    </message>
    <message>
        <source>A backup is already being made; try again when it is done.</source>
        <translation>Es wird bereits eine Sicherung erstellt; bitte versuchen Sie es erneut, wenn sie fertig ist.</translation>
    </message>
    <message>
        <source>The store was backed up to %1.</source>
        <translation>Die Datenbank wurde nach %1 gesichert.</translation>
    </message>
    <message>
        <source>The store was not backed up: %1</source>
        <translation>Die Datenbank wurde nicht gesichert: %1</translation>
    </message>
</context>
<context>
    <name>Iwb::StoreProbe</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: diese Datei gibt es nicht</translation>
    </message>
    <message>
        <source>%1: is not a file</source>
        <translation>%1: ist keine Datei</translation>
    </message>
    <message>
        <source>%1: is not an Incident Workbench database (the file is empty)</source>
        <translation>%1: ist keine Incident-Workbench-Datenbank (die Datei ist leer)</translation>
    </message>
    <message>
        <source>%1: cannot open the database</source>
        <translation>%1: die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1: is not an Incident Workbench database (not readable as SQLite)</source>
        <translation>%1: ist keine Incident-Workbench-Datenbank (nicht als SQLite lesbar)</translation>
    </message>
    <message>
        <source>%1: is not an Incident Workbench database (no store schema)</source>
        <translation>%1: ist keine Incident-Workbench-Datenbank (kein Datenbankschema)</translation>
    </message>
    <message>
        <source>%1: is not an Incident Workbench database (tables missing)</source>
        <translation>%1: ist keine Incident-Workbench-Datenbank (Tabellen fehlen)</translation>
    </message>
</context>
<context>
    <name>Iwb::StoreSnapshot</name>
    <message>
        <source>is not a string</source>
        <translation>ist kein Text</translation>
    </message>
    <message>
        <source>is not an integer of at least %1</source>
        <translation>ist keine ganze Zahl von mindestens %1</translation>
    </message>
    <message>
        <source>is not true, false or null</source>
        <translation>ist nicht true, false oder null</translation>
    </message>
    <message>
        <source>is not an array</source>
        <translation>ist kein Array</translation>
    </message>
    <message>
        <source>holds &apos;%1&apos;, which is not one of: %2</source>
        <translation>enthält „%1“, das keiner dieser Werte ist: %2</translation>
    </message>
    <message>
        <source>is &apos;%1&apos;, not one of: %2</source>
        <translation>ist „%1“, keiner dieser Werte: %2</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>: &quot;%1&quot; is missing or not a number, text, null or base64 object</source>
        <translation>: „%1“ fehlt oder ist weder Zahl noch Text, null oder base64-Objekt</translation>
    </message>
    <message>
        <source>cannot write the snapshot: %1</source>
        <translation>der Abzug kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>: the file is %1 MB, over the snapshot limit of %2 MB; nothing was imported</source>
        <translation>: die Datei ist %1 MB groß und überschreitet die Grenze für Abzüge von %2 MB; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>%1: could not be read completely (%2)</source>
        <translation>%1: konnte nicht vollständig gelesen werden (%2)</translation>
    </message>
    <message>
        <source>: the string at byte %1 is longer than the snapshot limit of %2 bytes; nothing was imported</source>
        <translation>: die Zeichenkette bei Byte %1 ist länger als die Grenze für Abzüge von %2 Bytes; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>: not valid JSON at byte %1 (%2)</source>
        <translation>: kein gültiges JSON bei Byte %1 (%2)</translation>
    </message>
    <message>
        <source>: not an Incident Workbench store snapshot (its &quot;format&quot; is not &quot;%1&quot;)</source>
        <translation>: kein Datenbank-Abzug von Incident Workbench (sein „format“ ist nicht „%1“)</translation>
    </message>
    <message>
        <source>: snapshot format version %1 is not supported (this program reads version %2)</source>
        <translation>: die Formatversion %1 des Abzugs wird nicht unterstützt (dieses Programm liest Version %2)</translation>
    </message>
    <message>
        <source>: written with store schema version %1, which this program does not know (it knows 1 to %2)</source>
        <translation>: mit der Schemaversion %1 geschrieben, die dieses Programm nicht kennt (es kennt 1 bis %2)</translation>
    </message>
    <message>
        <source>: &quot;%1&quot; is missing or not an array</source>
        <translation>: „%1“ fehlt oder ist kein Array</translation>
    </message>
    <message>
        <source>: not imported: the database %1 is not empty; a snapshot only goes into an empty store</source>
        <translation>: nicht importiert: die Datenbank %1 ist nicht leer; ein Abzug kann nur in eine leere Datenbank importiert werden</translation>
    </message>
    <message>
        <source>does not match the document&apos;s text</source>
        <translation>passt nicht zum Text des Dokuments</translation>
    </message>
    <message>
        <source>%1 appears twice</source>
        <translation>%1 kommt doppelt vor</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>ist kein Objekt</translation>
    </message>
    <message>
        <source>is not base64 of a file</source>
        <translation>ist kein base64 einer Datei</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>names document %1, which the file does not hold</source>
        <translation>nennt das Dokument %1, das nicht in der Datei enthalten ist</translation>
    </message>
    <message>
        <source>gives the span %1..%2, outside the document&apos;s %3 characters</source>
        <translation>nennt den Textbereich %1..%2, außerhalb der %3 Zeichen des Dokuments</translation>
    </message>
    <message>
        <source>names a document the file does not hold</source>
        <translation>nennt ein Dokument, das nicht in der Datei enthalten ist</translation>
    </message>
    <message>
        <source>names the unknown field &apos;%1&apos;</source>
        <translation>nennt das unbekannte Feld „%1“</translation>
    </message>
    <message>
        <source>names a fact the file does not hold</source>
        <translation>nennt eine Angabe, die nicht in der Datei enthalten ist</translation>
    </message>
    <message>
        <source>: &quot;%1&quot; is not an array</source>
        <translation>: „%1“ ist kein Array</translation>
    </message>
    <message>
        <source>; nothing was imported</source>
        <translation>; es wurde nichts importiert</translation>
    </message>
</context>
<context>
    <name>Iwb::StoreTables</name>
    <message>
        <source>%1: cannot read %2 (the connection is not an open SQLite database)</source>
        <translation>%1: %2 nicht lesbar (die Verbindung ist keine geöffnete SQLite-Datenbank)</translation>
    </message>
    <message>
        <source>%1: cannot read %2 (%3)</source>
        <translation>%1: %2 nicht lesbar (%3)</translation>
    </message>
    <message>
        <source>%1: cannot start reading (%2)</source>
        <translation>%1: das Lesen kann nicht beginnen (%2)</translation>
    </message>
    <message>
        <source>the store</source>
        <translation>die Datenbank</translation>
    </message>
    <message>
        <source>the facts</source>
        <translation>die Angaben</translation>
    </message>
    <message>
        <source>the incident sources</source>
        <translation>die Quellen der Vorfälle</translation>
    </message>
    <message>
        <source>the articles</source>
        <translation>die Artikel</translation>
    </message>
    <message>
        <source>the text of document %1</source>
        <translation>der Text des Dokuments %1</translation>
    </message>
    <message>
        <source>%1: document %2 is not in the store</source>
        <translation>%1: das Dokument %2 ist nicht in der Datenbank</translation>
    </message>
    <message>
        <source>the original files</source>
        <translation>die Originaldateien</translation>
    </message>
    <message>
        <source>the original file of document %1</source>
        <translation>die Originaldatei des Dokuments %1</translation>
    </message>
    <message>
        <source>%1: cannot start a transaction (%2)</source>
        <translation>%1: eine Transaktion kann nicht begonnen werden (%2)</translation>
    </message>
    <message>
        <source>%1: cannot prepare the import (%2)</source>
        <translation>%1: der Import kann nicht vorbereitet werden (%2)</translation>
    </message>
    <message>
        <source>%1: cannot be stored (%2)</source>
        <translation>%1: kann nicht gespeichert werden (%2)</translation>
    </message>
    <message>
        <source>%1: cannot commit the import (%2)</source>
        <translation>%1: der Import kann nicht abgeschlossen werden (%2)</translation>
    </message>
    <message>
        <source>%1: reading the store failed (%2)</source>
        <translation>%1: das Lesen der Datenbank ist fehlgeschlagen (%2)</translation>
    </message>
</context>
<context>
    <name>Iwb::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>no dates known</source>
        <translation>keine Daten bekannt</translation>
    </message>
    <message>
        <source>from %1 (no start)</source>
        <translation>ab %1 (kein Beginn)</translation>
    </message>
    <message>
        <source> (%1 after the start)</source>
        <translation> (%1 nach dem Beginn)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 · %2&lt;/b&gt;&lt;br&gt;%3: %4&lt;br&gt;“%5”</source>
        <translation>&lt;b&gt;%1 · %2&lt;/b&gt;&lt;br&gt;%3: %4&lt;br&gt;„%5“</translation>
    </message>
    <message>
        <source>No incident to draw</source>
        <translation>Kein Vorfall darzustellen</translation>
    </message>
    <message>
        <source>start / end</source>
        <translation>Beginn / Ende</translation>
    </message>
    <message>
        <source>time since each incident&apos;s start, logarithmic</source>
        <translation>Zeit seit dem Beginn des jeweiligen Vorfalls, logarithmisch</translation>
    </message>
    <message>
        <source>shared calendar, linear</source>
        <translation>gemeinsamer Kalender, linear</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>discovery</source>
        <translation>Entdeckung</translation>
    </message>
    <message>
        <source>containment</source>
        <translation>Eindämmung</translation>
    </message>
    <message>
        <source>notification</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>disclosure</source>
        <translation>Veröffentlichung</translation>
    </message>
</context>
<context>
    <name>Iwb::UrlImporter</name>
    <message>
        <source>no address given</source>
        <translation>keine Adresse angegeben</translation>
    </message>
    <message>
        <source>not a valid address (%1)</source>
        <translation>keine gültige Adresse (%1)</translation>
    </message>
    <message>
        <source>only http and https addresses can be fetched, not %1</source>
        <translation>nur Adressen mit http und https können abgerufen werden, nicht %1</translation>
    </message>
    <message>
        <source>the address has no host name</source>
        <translation>die Adresse hat keinen Hostnamen</translation>
    </message>
    <message>
        <source>the fetched PDF cannot be written to a temporary file (%1)</source>
        <translation>die abgerufene PDF-Datei kann nicht in eine temporäre Datei geschrieben werden (%1)</translation>
    </message>
    <message>
        <source>not an http or https address with a host name</source>
        <translation>keine http- oder https-Adresse mit Hostnamen</translation>
    </message>
    <message>
        <source>the server answered %1 without saying where the page is</source>
        <translation>der Server antwortete %1, ohne zu sagen, wo die Seite ist</translation>
    </message>
    <message>
        <source>%1 redirected to %2, which is not an http or https address</source>
        <translation>%1 leitete auf %2 weiter, das keine http- oder https-Adresse ist</translation>
    </message>
    <message>
        <source>%1 redirected from https to unencrypted http (%2); refused</source>
        <translation>%1 leitete von https auf unverschlüsseltes http weiter (%2); abgelehnt</translation>
    </message>
    <message>
        <source>the redirects go round in a loop (%1)</source>
        <translation>die Weiterleitungen laufen im Kreis (%1)</translation>
    </message>
    <message>
        <source>more than %1 redirects (the last to %2); gave up</source>
        <translation>mehr als %1 Weiterleitungen (die letzte auf %2); abgebrochen</translation>
    </message>
    <message>
        <source>the server answered %1</source>
        <translation>der Server antwortete %1</translation>
    </message>
    <message>
        <source>the page is of type %1, which is not imported (only web pages, text and PDF)</source>
        <translation>die Seite hat den Typ %1, der nicht importiert wird (nur Webseiten, Text und PDF)</translation>
    </message>
    <message>
        <source>the page is %1, over the import limit of %2</source>
        <translation>die Seite ist %1 groß und überschreitet die Importgrenze von %2</translation>
    </message>
    <message>
        <source>the page is larger than the import limit of %1; stopped reading</source>
        <translation>die Seite ist größer als die Importgrenze von %1; das Lesen wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1 refused the connection</source>
        <translation>%1 hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>the host %1 was not found</source>
        <translation>der Host %1 wurde nicht gefunden</translation>
    </message>
    <message>
        <source>%1 closed the connection before the page was complete</source>
        <translation>%1 hat die Verbindung geschlossen, bevor die Seite vollständig war</translation>
    </message>
    <message>
        <source>the secure connection to %1 failed: %2</source>
        <translation>die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s (time-out)</source>
        <translation>keine Antwort von %1 innerhalb von %2 s (Zeitüberschreitung)</translation>
    </message>
    <message>
        <source>%1 stopped sending for %2 s after %3 bytes (time-out)</source>
        <translation>%1 hat nach %3 Bytes %2 s lang nichts mehr gesendet (Zeitüberschreitung)</translation>
    </message>
    <message>
        <source> (after redirects, at %1)</source>
        <translation> (nach Weiterleitungen, bei %1)</translation>
    </message>
    <message>
        <source>the server sent an empty page</source>
        <translation>der Server hat eine leere Seite gesendet</translation>
    </message>
</context>
<context>
    <name>Iwb::WelcomePanel</name>
    <message>
        <source>&amp;Import Files…</source>
        <translation>Dateien &amp;importieren…</translation>
    </message>
    <message>
        <source>Open &amp;URL…</source>
        <translation>&amp;URL öffnen…</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Articles</source>
        <translation>&amp;Beispielartikel öffnen</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Your library is empty&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Ihre Bibliothek ist leer&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Incident Workbench turns articles about data incidents into records for your incident register. Start with articles: import files (text, HTML, PDF, e-mail, Word), fetch a web page by its address, or try the sample articles. Facts are found at once; you check them and complete the record.</source>
        <translation>Incident Workbench macht aus Artikeln über Datenpannen Einträge für Ihr Verzeichnis der Verletzungen des Schutzes personenbezogener Daten. Beginnen Sie mit Artikeln: Dateien importieren (Text, HTML, PDF, E-Mail, Word), eine Webseite über ihre Adresse abrufen oder die Beispielartikel ausprobieren. Die Angaben werden sofort gefunden; Sie prüfen sie und vervollständigen den Eintrag.</translation>
    </message>
    <message>
        <source>Choose article files to import (Ctrl+O); you can also drop files on the window</source>
        <translation>Artikeldateien zum Importieren auswählen (Strg+O); Sie können Dateien auch auf das Fenster ziehen</translation>
    </message>
    <message>
        <source>Fetch a web page by its address and store its article (Ctrl+L)</source>
        <translation>Eine Webseite über ihre Adresse abrufen und ihren Artikel speichern (Strg+L)</translation>
    </message>
    <message>
        <source>Import the articles that come with the workbench, to try it</source>
        <translation>Die mitgelieferten Artikel importieren, um die Workbench auszuprobieren</translation>
    </message>
</context>
<context>
    <name>RecordComparison</name>
    <message>
        <source> vs </source>
        <translation> gegenüber </translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message numerus="yes">
        <source>%1 years</source>
        <translation>
            <numerusform>%1 Jahr</numerusform>
            <numerusform>%1 Jahre</numerusform>
        </translation>
    </message>
    <message>
        <source>stated in none</source>
        <translation>in keinem angegeben</translation>
    </message>
    <message>
        <source>stated only in %1</source>
        <translation>nur in %1 angegeben</translation>
    </message>
    <message>
        <source>written differently: %1</source>
        <translation>verschieden geschrieben: %1</translation>
    </message>
    <message>
        <source>range %1</source>
        <translation>Spanne %1</translation>
    </message>
    <message>
        <source>%1 affected (%2)</source>
        <translation>%1 Betroffene (%2)</translation>
    </message>
    <message>
        <source>; counted as %1</source>
        <translation>; gezählt als %1</translation>
    </message>
    <message>
        <source>%1 minutes (%2)</source>
        <translation>%1 Minuten (%2)</translation>
    </message>
    <message>
        <source>in common: %1</source>
        <translation>gemeinsam: %1</translation>
    </message>
    <message>
        <source>only in %1: %2</source>
        <translation>nur in %1: %2</translation>
    </message>
    <message>
        <source>not all records have the same categories</source>
        <translation>nicht alle Einträge haben dieselben Kategorien</translation>
    </message>
    <message numerus="yes">
        <source>%1 days</source>
        <translation>
            <numerusform>%1 Tag</numerusform>
            <numerusform>%1 Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%1 days apart)</source>
        <translation>
            <numerusform> (%1 Tag auseinander)</numerusform>
            <numerusform> (%1 Tage auseinander)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordFieldTake</name>
    <message>
        <source>Clear %1 as in the other version</source>
        <translation>%1 wie in der anderen Fassung leeren</translation>
    </message>
    <message>
        <source>Take %1 ‘%2’ from the other version</source>
        <translation>%1 ‚%2‘ aus der anderen Fassung übernehmen</translation>
    </message>
</context>
<context>
    <name>RecordMerge</name>
    <message>
        <source>take %1 %2</source>
        <translation>%1 %2 übernehmen</translation>
    </message>
    <message>
        <source>both %1</source>
        <translation>%1 aus beiden</translation>
    </message>
</context>
<context>
    <name>RecordVocabulary</name>
    <message>
        <source>organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>incident date</source>
        <translation>Datum des Vorfalls</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>affected count</source>
        <translation>Zahl der Betroffenen</translation>
    </message>
    <message>
        <source>affected unit</source>
        <translation>Art der Betroffenen</translation>
    </message>
    <message>
        <source>data exposed</source>
        <translation>betroffene Daten</translation>
    </message>
    <message>
        <source>data not exposed</source>
        <translation>nicht betroffene Daten</translation>
    </message>
    <message>
        <source>cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>external attack</source>
        <translation>Angriff von außen</translation>
    </message>
    <message>
        <source>discovered by</source>
        <translation>entdeckt von</translation>
    </message>
    <message>
        <source>authority notified</source>
        <translation>Aufsichtsbehörde informiert</translation>
    </message>
    <message>
        <source>affected notified</source>
        <translation>Betroffene informiert</translation>
    </message>
    <message>
        <source>review status</source>
        <translation>Prüfstatus</translation>
    </message>
    <message>
        <source>misconfiguration</source>
        <translation>Fehlkonfiguration</translation>
    </message>
    <message>
        <source>software error</source>
        <translation>Softwarefehler</translation>
    </message>
    <message>
        <source>human error</source>
        <translation>menschliches Versehen</translation>
    </message>
    <message>
        <source>attack</source>
        <translation>Angriff</translation>
    </message>
    <message>
        <source>insider misuse</source>
        <translation>Missbrauch durch Innentäter</translation>
    </message>
    <message>
        <source>loss or theft</source>
        <translation>Verlust oder Diebstahl</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>the organization itself</source>
        <translation>die Organisation selbst</translation>
    </message>
    <message>
        <source>a customer</source>
        <translation>eine Kundin oder ein Kunde</translation>
    </message>
    <message>
        <source>a security researcher</source>
        <translation>Sicherheitsforschende</translation>
    </message>
    <message>
        <source>an authority</source>
        <translation>eine Behörde</translation>
    </message>
    <message>
        <source>the attacker</source>
        <translation>der Angreifer</translation>
    </message>
    <message>
        <source>names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>e-mail addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>postal addresses</source>
        <translation>Postanschriften</translation>
    </message>
    <message>
        <source>dates of birth</source>
        <translation>Geburtsdaten</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP-Adressen</translation>
    </message>
    <message>
        <source>location data</source>
        <translation>Standortdaten</translation>
    </message>
    <message>
        <source>account data</source>
        <translation>Benutzerkontodaten</translation>
    </message>
    <message>
        <source>credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>payment cards</source>
        <translation>Zahlungskarten</translation>
    </message>
    <message>
        <source>bank accounts</source>
        <translation>Bankverbindungen</translation>
    </message>
    <message>
        <source>financial data</source>
        <translation>Finanzdaten</translation>
    </message>
    <message>
        <source>loyalty points</source>
        <translation>Bonuspunkte</translation>
    </message>
    <message>
        <source>support records</source>
        <translation>Supportanfragen</translation>
    </message>
    <message>
        <source>communications</source>
        <translation>Kommunikationsinhalte</translation>
    </message>
    <message>
        <source>health data</source>
        <translation>Gesundheitsdaten</translation>
    </message>
    <message>
        <source>identity documents</source>
        <translation>Ausweisdokumente</translation>
    </message>
    <message>
        <source>photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>other data</source>
        <translation>sonstige Daten</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>Kundinnen und Kunden</translation>
    </message>
    <message>
        <source>users</source>
        <translation>Nutzerinnen und Nutzer</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>logins</source>
        <translation>Zugänge</translation>
    </message>
    <message>
        <source>members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>patients</source>
        <translation>Patientinnen und Patienten</translation>
    </message>
    <message>
        <source>employees</source>
        <translation>Beschäftigte</translation>
    </message>
    <message>
        <source>people</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>others</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>first pass</source>
        <translation>erste Durchsicht</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>geprüft</translation>
    </message>
</context>
<context>
    <name>RegisterEntryEditor</name>
    <message>
        <source>Timeline</source>
        <translation type="vanished">Zeitablauf</translation>
    </message>
    <message>
        <source>The breach</source>
        <translation type="vanished">Die Verletzung</translation>
    </message>
    <message>
        <source>People and data</source>
        <translation type="vanished">Personen und Daten</translation>
    </message>
    <message>
        <source>Consequences and measures</source>
        <translation type="vanished">Folgen und Maßnahmen</translation>
    </message>
    <message>
        <source>Assessment and decisions</source>
        <translation type="vanished">Bewertung und Entscheidungen</translation>
    </message>
</context>
<context>
    <name>RegisterTexts</name>
    <message>
        <source>Controller</source>
        <translation>Verantwortlicher</translation>
    </message>
    <message>
        <source>Data protection officer or contact point</source>
        <translation>Datenschutzbeauftragter oder Anlaufstelle</translation>
    </message>
    <message>
        <source>Supervisory authority</source>
        <translation>Aufsichtsbehörde</translation>
    </message>
    <message>
        <source>Became aware</source>
        <translation>Kenntnis erlangt</translation>
    </message>
    <message>
        <source>Breach began</source>
        <translation>Beginn der Verletzung</translation>
    </message>
    <message>
        <source>Breach ended</source>
        <translation>Ende der Verletzung</translation>
    </message>
    <message>
        <source>Still ongoing</source>
        <translation>Dauert an</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>Entdeckt</translation>
    </message>
    <message>
        <source>Discovered by</source>
        <translation>Entdeckt durch</translation>
    </message>
    <message>
        <source>Nature of the breach</source>
        <translation>Art der Verletzung</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Attack from outside</source>
        <translation>Angriff von außen</translation>
    </message>
    <message>
        <source>Approximate number of data subjects</source>
        <translation>Ungefähre Zahl der betroffenen Personen</translation>
    </message>
    <message>
        <source>Counted as</source>
        <translation>Gezählt als</translation>
    </message>
    <message>
        <source>Categories of data subjects</source>
        <translation>Kategorien betroffener Personen</translation>
    </message>
    <message>
        <source>Approximate number of records</source>
        <translation>Ungefähre Zahl der Datensätze</translation>
    </message>
    <message>
        <source>Categories of personal data</source>
        <translation>Kategorien personenbezogener Daten</translation>
    </message>
    <message>
        <source>Special categories</source>
        <translation>Besondere Kategorien</translation>
    </message>
    <message>
        <source>Criminal convictions and offences</source>
        <translation>Strafrechtliche Verurteilungen und Straftaten</translation>
    </message>
    <message>
        <source>Likely consequences</source>
        <translation>Wahrscheinliche Folgen</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Ergriffene Maßnahmen</translation>
    </message>
    <message>
        <source>Measures proposed</source>
        <translation>Vorgeschlagene Maßnahmen</translation>
    </message>
    <message>
        <source>Risk to people</source>
        <translation>Risiko für die Betroffenen</translation>
    </message>
    <message>
        <source>Reasons for the risk level</source>
        <translation>Begründung der Risikostufe</translation>
    </message>
    <message>
        <source>Criteria considered</source>
        <translation>Berücksichtigte Kriterien</translation>
    </message>
    <message>
        <source>Notify the authority</source>
        <translation>Meldung an die Aufsichtsbehörde</translation>
    </message>
    <message>
        <source>Why (notification)</source>
        <translation>Begründung (Meldung)</translation>
    </message>
    <message>
        <source>Inform the data subjects</source>
        <translation>Benachrichtigung der Betroffenen</translation>
    </message>
    <message>
        <source>Why (information)</source>
        <translation>Begründung (Benachrichtigung)</translation>
    </message>
    <message>
        <source>Reasons for a delay past 72 hours</source>
        <translation>Gründe für eine Verzögerung über 72 Stunden</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Identification (name, date of birth)</source>
        <translation>Identifikationsdaten (Name, Geburtsdatum)</translation>
    </message>
    <message>
        <source>Contact details (e-mail, phone, address)</source>
        <translation>Kontaktdaten (E-Mail, Telefon, Anschrift)</translation>
    </message>
    <message>
        <source>Credentials and account data</source>
        <translation>Zugangs- und Kontodaten</translation>
    </message>
    <message>
        <source>Bank and payment data</source>
        <translation>Bank- und Zahlungsdaten</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Ausweisdaten</translation>
    </message>
    <message>
        <source>Location data</source>
        <translation>Standortdaten</translation>
    </message>
    <message>
        <source>Content of communications</source>
        <translation>Kommunikationsinhalte</translation>
    </message>
    <message>
        <source>Usage data (IP addresses, customer account)</source>
        <translation>Nutzungsdaten (IP-Adressen, Kundenkonto)</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilddaten</translation>
    </message>
    <message>
        <source>Other data</source>
        <translation>Sonstige Daten</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <source>Racial or ethnic origin</source>
        <translation>Rassische oder ethnische Herkunft</translation>
    </message>
    <message>
        <source>Political opinions</source>
        <translation>Politische Meinungen</translation>
    </message>
    <message>
        <source>Religious or philosophical beliefs</source>
        <translation>Religiöse oder weltanschauliche Überzeugungen</translation>
    </message>
    <message>
        <source>Trade union membership</source>
        <translation>Gewerkschaftszugehörigkeit</translation>
    </message>
    <message>
        <source>Genetic data</source>
        <translation>Genetische Daten</translation>
    </message>
    <message>
        <source>Biometric data for identification</source>
        <translation>Biometrische Daten zur Identifizierung</translation>
    </message>
    <message>
        <source>Sex life or sexual orientation</source>
        <translation>Sexualleben oder sexuelle Orientierung</translation>
    </message>
    <message>
        <source>Kind and sensitivity of the data</source>
        <translation>Art und Sensibilität der Daten</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Zahl der Betroffenen</translation>
    </message>
    <message>
        <source>Ease of identifying people</source>
        <translation>Identifizierbarkeit der Betroffenen</translation>
    </message>
    <message>
        <source>Severity of the consequences</source>
        <translation>Schwere der Folgen</translation>
    </message>
    <message>
        <source>Permanence of the consequences</source>
        <translation>Dauerhaftigkeit der Folgen</translation>
    </message>
    <message>
        <source>Vulnerable people</source>
        <translation>Besonders schutzbedürftige Personen</translation>
    </message>
    <message>
        <source>Financial loss</source>
        <translation>Finanzieller Schaden</translation>
    </message>
    <message>
        <source>Professional secrecy</source>
        <translation>Berufsgeheimnis</translation>
    </message>
    <message>
        <source>Assessing</source>
        <translation>In Bewertung</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <source>Documented only</source>
        <translation>Nur dokumentiert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>None or low</source>
        <translation>Kein oder gering</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Hohes Risiko</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 Std.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>seit %1 überfällig</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>awareness not stated</source>
        <translation>Kenntnisnahme nicht angegeben</translation>
    </message>
    <message>
        <source>no notification</source>
        <translation>keine Meldung</translation>
    </message>
    <message>
        <source>sent in time</source>
        <translation>fristgerecht gemeldet</translation>
    </message>
    <message>
        <source>sent late</source>
        <translation>verspätet gemeldet</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Turn articles about data incidents into curated incident records.</source>
        <translation>Macht aus Artikeln über Datenpannen geprüfte Einträge für das Vorfallsverzeichnis.</translation>
    </message>
    <message>
        <source>The SQLite database (default: %1).</source>
        <translation>Die SQLite-Datenbank (Standard: %1).</translation>
    </message>
    <message>
        <source>Import the articles in DIR that the library does not have yet.</source>
        <translation>Die Artikel in DIR importieren, die noch nicht in der Bibliothek sind.</translation>
    </message>
    <message>
        <source>Render the window to FILE (PNG) once it is shown, then quit.</source>
        <translation>Das Fenster nach dem Anzeigen als FILE (PNG) speichern und dann beenden.</translation>
    </message>
    <message>
        <source>Use the dark highlighting theme for this run.</source>
        <translation type="vanished">Für diesen Lauf das dunkle Farbschema der Hervorhebung verwenden.</translation>
    </message>
    <message>
        <source>The interface&apos;s language for this run (de, en), instead of the settings&apos;.</source>
        <translation>Die Sprache der Oberfläche für diesen Lauf (de, en) statt der aus den Einstellungen.</translation>
    </message>
    <message>
        <source>Articles to import and open (files, or http:// and https:// addresses).</source>
        <translation>Zu importierende und zu öffnende Artikel (Dateien oder Adressen mit http:// und https://).</translation>
    </message>
    <message>
        <source>The database could not be opened:
%1</source>
        <translation>Die Datenbank konnte nicht geöffnet werden:
%1</translation>
    </message>
    <message>
        <source>%1

Restore the newest backup, %2? The damaged file is kept beside it; what was saved after the backup is not in it.</source>
        <translation>%1

Die neueste Sicherung, %2, wiederherstellen? Die beschädigte Datei bleibt daneben erhalten; was nach der Sicherung gespeichert wurde, ist darin nicht enthalten.</translation>
    </message>
    <message>
        <source>Use dark windows and the dark highlighting theme for this run.</source>
        <translation>Für diesen Lauf dunkle Fenster und das dunkle Farbschema der Hervorhebung verwenden.</translation>
    </message>
</context>
</TS>
