# The learned half of extraction (rules propose, the model decides), included from model/CMakeLists.txt.
# LIBLINEAR (liblinear-dev) ships no pkg-config file.
find_path(LIBLINEAR_INCLUDE_DIR linear.h REQUIRED)
find_library(LIBLINEAR_LIBRARY linear REQUIRED)
target_sources(incident_model PRIVATE
    extraction/learning/candidatefeatures.cpp extraction/learning/candidatefeatures.h
    extraction/learning/casiecorpus.cpp extraction/learning/casiecorpus.h
    extraction/learning/crossvalidation.cpp extraction/learning/crossvalidation.h
    extraction/learning/curatedtraining.cpp extraction/learning/curatedtraining.h
    extraction/learning/curationlabels.cpp extraction/learning/curationlabels.h
    extraction/learning/factclassifier.cpp extraction/learning/factclassifier.h
    extraction/learning/factclassifiertrainer.cpp extraction/learning/factclassifiertrainer.h
    extraction/learning/factjudge.cpp extraction/learning/factjudge.h
    extraction/learning/recordcrossvalidation.cpp extraction/learning/recordcrossvalidation.h
    extraction/learning/recordranker.cpp extraction/learning/recordranker.h
    extraction/learning/reviewqueue.cpp extraction/learning/reviewqueue.h
    extraction/learning/spantagger.cpp extraction/learning/spantagger.h
)
target_include_directories(incident_model SYSTEM PRIVATE ${LIBLINEAR_INCLUDE_DIR})
target_link_libraries(incident_model PRIVATE ${LIBLINEAR_LIBRARY})
