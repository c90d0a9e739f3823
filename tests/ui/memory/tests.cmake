# The memory inspector (paper Fig. 5): the scatter on a hand-made analysis (fast), and the
# inspector end to end on a tiny trained model.
mdd_add_qtest(test_memory_scatter GUI UI_LIBS mddui_memory
  SOURCES ui/memory/test_memory_scatter.cpp LABELS ui)
mdd_add_qtest(test_memory_inspector GUI UI_LIBS mddui_memory
  SOURCES ui/memory/test_memory_inspector.cpp LABELS ui TIMEOUT 600)
