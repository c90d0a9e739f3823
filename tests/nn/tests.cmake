mdd_add_qtest(test_keras_backbones SOURCES nn/test_keras_backbones.cpp LABELS nn TIMEOUT 180)
