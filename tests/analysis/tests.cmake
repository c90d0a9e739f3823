# The memory inspector's numbers (mdd/analysis.h). `test_analysis` builds them all.
mdd_add_qtest(test_analysis_tsne SOURCES analysis/test_tsne.cpp LABELS analysis TIMEOUT 120)
mdd_add_qtest(test_analysis_tsne_reference SOURCES analysis/test_tsne_reference.cpp
  LABELS analysis TIMEOUT 60)
mdd_add_qtest(test_analysis_cluster_quality SOURCES analysis/test_cluster_quality.cpp
  LABELS analysis TIMEOUT 60)
mdd_add_qtest(test_analysis_entropy_split SOURCES analysis/test_entropy_split.cpp
  LABELS analysis TIMEOUT 30)
add_custom_target(test_analysis)
add_dependencies(test_analysis test_analysis_tsne test_analysis_tsne_reference
  test_analysis_cluster_quality test_analysis_entropy_split)
