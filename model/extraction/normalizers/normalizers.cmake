# Sources of the normalizers (number, date, time, duration), included from model/CMakeLists.txt.
target_sources(incident_model PRIVATE
    extraction/normalizers/amountparser.cpp extraction/normalizers/amountparser.h
    extraction/normalizers/datenormalizer.cpp extraction/normalizers/datenormalizer.h
    extraction/normalizers/durationnormalizer.cpp extraction/normalizers/durationnormalizer.h
    extraction/normalizers/numbernormalizer.cpp extraction/normalizers/numbernormalizer.h
    extraction/normalizers/patternbuilder.cpp extraction/normalizers/patternbuilder.h
    extraction/normalizers/phrasematcher.cpp extraction/normalizers/phrasematcher.h
    extraction/normalizers/timenormalizer.cpp extraction/normalizers/timenormalizer.h
    extraction/normalizers/vocabulary.cpp extraction/normalizers/vocabulary.h
)
