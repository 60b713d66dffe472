# Sources of the normalizers (number, date, time, duration), included from model/CMakeLists.txt.
target_sources(incident_model PRIVATE
)
