mdd_add_qtest(test_keras_backbones SOURCES nn/test_keras_backbones.cpp LABELS nn TIMEOUT 180)
mdd_add_qtest(test_resnet_backbones SOURCES nn/test_resnet_backbones.cpp nn/resnet_hash_init.h LABELS nn TIMEOUT 120)
mdd_add_qtest(test_teacher_pretrained SOURCES nn/test_teacher_pretrained.cpp LABELS nn TIMEOUT 120)
mdd_add_qtest(test_tap_geometry SOURCES nn/test_tap_geometry.cpp LABELS nn TIMEOUT 300)
