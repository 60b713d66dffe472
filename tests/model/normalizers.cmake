# Tests of the normalizers, included from tests/model/CMakeLists.txt.
foreach(unit numbernormalizer datenormalizer timenormalizer durationnormalizer)
    iwb_add_test(tst_${unit} SOURCES tst_${unit}.cpp LIBS IncidentWorkbench::Model)
endforeach()

# Their pattern() strings must also compile in Hyperscan, which the scanner uses.
if(TARGET PkgConfig::Hyperscan)
    iwb_add_test(tst_normalizerpatterns SOURCES tst_normalizerpatterns.cpp
                 LIBS IncidentWorkbench::Model PkgConfig::Hyperscan)
endif()
