# The extraction engine, included from model/CMakeLists.txt.
target_sources(incident_model PRIVATE
    extraction/capitalizedsequences.cpp extraction/capitalizedsequences.h
    extraction/cuescope.cpp extraction/cuescope.h
    extraction/extractionengine.cpp extraction/extractionengine.h
    extraction/extractionjson.cpp extraction/extractionjson.h
    extraction/factfilters.cpp extraction/factfilters.h
    extraction/factfinder.cpp extraction/factfinder.h
    extraction/hitconfirmer.cpp extraction/hitconfirmer.h
    extraction/incidentcontext.cpp extraction/incidentcontext.h
    extraction/organizationnames.cpp extraction/organizationnames.h
    extraction/recognizer.h
    extraction/recognizercatalog.cpp extraction/recognizercatalog.h
    extraction/recordassembler.cpp extraction/recordassembler.h
    extraction/rulepack.cpp extraction/rulepack.h
    extraction/triggerhits.cpp extraction/triggerhits.h
    extraction/utf8offsets.cpp extraction/utf8offsets.h
)
