# The training area: form, worker job, loss plot. The panel and job tests train tiny models.
mdd_add_qtest(test_loss_plot GUI UI_LIBS mddui_training
  SOURCES ui/training/test_loss_plot.cpp LABELS ui)
mdd_add_qtest(test_training_job GUI UI_LIBS mddui_training
  SOURCES ui/training/test_training_job.cpp LABELS ui TIMEOUT 600)
mdd_add_qtest(test_training_panel GUI UI_LIBS mddui_training
  SOURCES ui/training/test_training_panel.cpp LABELS ui TIMEOUT 600)
