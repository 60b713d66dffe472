# Tests of the normalizers, included from tests/model/CMakeLists.txt.
