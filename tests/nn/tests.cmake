mdd_add_qtest(test_resnet_backbones SOURCES nn/test_resnet_backbones.cpp nn/resnet_hash_init.h LABELS nn TIMEOUT 120)
