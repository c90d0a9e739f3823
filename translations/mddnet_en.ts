<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>AtomicWrite</name>
        <message>
            <source>Cannot write '%1': %2. Choose an existing folder you can write to.</source>
            <translation>Cannot write '%1': %2. Choose an existing folder you can write to.</translation>
        </message>
        <message>
            <source>the folder '%1' does not exist</source>
            <translation>the folder '%1' does not exist</translation>
        </message>
        <message>
            <source>Cannot write '%1': the disk is full. Free space on it or choose another folder, then save again; the previous file is unchanged.</source>
            <translation>Cannot write '%1': the disk is full. Free space on it or choose another folder, then save again; the previous file is unchanged.</translation>
        </message>
    </context>
    <context>
        <name>InferenceRuns</name>
        <message>
            <source>The model file '%1' has no fitted thresholds for class '%2': fit them (mddnet thresholds fit) or train the model to the end.</source>
            <translation>The model file '%1' has no fitted thresholds for class '%2': fit them (mddnet thresholds fit) or train the model to the end.</translation>
        </message>
        <message>
            <source>The dataset's %1 split has no images of the model's classes (%2): load a dataset of those classes or choose another model.</source>
            <translation>The dataset's %1 split has no images of the model's classes (%2): load a dataset of those classes or choose another model.</translation>
        </message>
        <message>
            <source>Inference with '%1' failed: %2</source>
            <translation>Inference with '%1' failed: %2</translation>
        </message>
        <message>
            <source>The folder '%1' does not exist: choose a folder of images.</source>
            <translation>The folder '%1' does not exist: choose a folder of images.</translation>
        </message>
        <message>
            <source>The folder '%1' holds no images (png, jpg, bmp, tif, webp): choose another folder.</source>
            <translation>The folder '%1' holds no images (png, jpg, bmp, tif, webp): choose another folder.</translation>
        </message>
        <message>
            <source>The model has no class '%1' (its classes: %2): choose one of those.</source>
            <translation>The model has no class '%1' (its classes: %2): choose one of those.</translation>
        </message>
        <message>
            <source>The model cannot tell this image's class: choose a class.</source>
            <translation>The model cannot tell this image's class: choose a class.</translation>
        </message>
    </context>
    <context>
        <name>InspectorMain</name>
        <message>
            <source>MDD-Net Inspector: train one anomaly-detection model for many product classes, inspect heatmaps, tune thresholds and review verdicts.</source>
            <translation>MDD-Net Inspector: train one anomaly-detection model for many product classes, inspect heatmaps, tune thresholds and review verdicts.</translation>
        </message>
        <message>
            <source>An Inspector project (.mddproj) to open.</source>
            <translation>An Inspector project (.mddproj) to open.</translation>
        </message>
        <message>
            <source>[project]</source>
            <translation>[project]</translation>
        </message>
        <message>
            <source>Open the demo project, preparing it first when needed (generated dataset, trained model, results).</source>
            <translation>Open the demo project, preparing it first when needed (generated dataset, trained model, results).</translation>
        </message>
        <message>
            <source>Where the demo project lives (default: the application's data folder).</source>
            <translation>Where the demo project lives (default: the application's data folder).</translation>
        </message>
        <message>
            <source>folder</source>
            <translation>folder</translation>
        </message>
        <message>
            <source>When the demo is ready, save a screenshot of each view into this folder.</source>
            <translation>When the demo is ready, save a screenshot of each view into this folder.</translation>
        </message>
        <message>
            <source>Quit once the demo is ready (and the screenshots are saved): for machines without a display.</source>
            <translation>Quit once the demo is ready (and the screenshots are saved): for machines without a display.</translation>
        </message>
        <message>
            <source>training step %1 / %2, ETA %3 s</source>
            <translation>training step %1 / %2, ETA %3 s</translation>
        </message>
    </context>
    <context>
        <name>ProjectSchema</name>
        <message>
            <source>cannot read the schema version: %1</source>
            <translation>cannot read the schema version: %1</translation>
        </message>
        <message>
            <source>it was written by a newer MDD-Net Inspector (schema %1, this version reads up to %2). Update the application to open it.</source>
            <translation>it was written by a newer MDD-Net Inspector (schema %1, this version reads up to %2). Update the application to open it.</translation>
        </message>
        <message>
            <source>cannot start the schema upgrade: %1</source>
            <translation>cannot start the schema upgrade: %1</translation>
        </message>
        <message>
            <source>schema upgrade to version %1 failed: %2</source>
            <translation>schema upgrade to version %1 failed: %2</translation>
        </message>
        <message>
            <source>cannot record schema version %1: %2</source>
            <translation>cannot record schema version %1: %2</translation>
        </message>
    </context>
    <context>
        <name>ProjectStore</name>
        <message>
            <source>Cannot open the project %1: %2</source>
            <translation>Cannot open the project %1: %2</translation>
        </message>
        <message>
            <source>(no file name)</source>
            <translation>(no file name)</translation>
        </message>
        <message>
            <source>no file name was given. Choose a .%1 file.</source>
            <translation>no file name was given. Choose a .%1 file.</translation>
        </message>
        <message>
            <source>it is a folder. Choose a .%1 file or a new file name.</source>
            <translation>it is a folder. Choose a .%1 file or a new file name.</translation>
        </message>
        <message>
            <source>the folder %1 cannot be created. Choose a writable location.</source>
            <translation>the folder %1 cannot be created. Choose a writable location.</translation>
        </message>
        <message>
            <source>the file cannot be read (%1). Check its permissions.</source>
            <translation>the file cannot be read (%1). Check its permissions.</translation>
        </message>
        <message>
            <source>it is not an MDD-Net Inspector project (not a SQLite database). The file was left unchanged; open a .%1 file or create a new project.</source>
            <translation>it is not an MDD-Net Inspector project (not a SQLite database). The file was left unchanged; open a .%1 file or create a new project.</translation>
        </message>
        <message>
            <source>the Qt SQLite driver (QSQLITE) is missing. Reinstall MDD-Net Inspector or install the Qt 6 SQLite plugin.</source>
            <translation>the Qt SQLite driver (QSQLITE) is missing. Reinstall MDD-Net Inspector or install the Qt 6 SQLite plugin.</translation>
        </message>
        <message>
            <source>SQLite cannot open it (%1). Check the file's permissions and free disk space.</source>
            <translation>SQLite cannot open it (%1). Check the file's permissions and free disk space.</translation>
        </message>
        <message>
            <source>it cannot be read as a SQLite database (%1). The file was left unchanged; open a .%2 file or create a new project.</source>
            <translation>it cannot be read as a SQLite database (%1). The file was left unchanged; open a .%2 file or create a new project.</translation>
        </message>
        <message>
            <source>it is a SQLite database of another application, not an MDD-Net Inspector project. The file was left unchanged; open a .%1 file or create a new project.</source>
            <translation>it is a SQLite database of another application, not an MDD-Net Inspector project. The file was left unchanged; open a .%1 file or create a new project.</translation>
        </message>
        <message>
            <source>SQLite refused its settings (%1).</source>
            <translation>SQLite refused its settings (%1).</translation>
        </message>
        <message>
            <source>its folder does not support SQLite's write-ahead log (a network drive?). Move the project to a local disk.</source>
            <translation>its folder does not support SQLite's write-ahead log (a network drive?). Move the project to a local disk.</translation>
        </message>
        <message>
            <source>Cannot create the models folder %1. Check the permissions of %2.</source>
            <translation>Cannot create the models folder %1. Check the permissions of %2.</translation>
        </message>
        <message>
            <source>no project is open</source>
            <translation>no project is open</translation>
        </message>
        <message>
            <source>integrity check returned nothing</source>
            <translation>integrity check returned nothing</translation>
        </message>
        <message>
            <source>%1 in the project %2: %3</source>
            <translation>%1 in the project %2: %3</translation>
        </message>
        <message>
            <source>No project is open. Open or create a project first.</source>
            <translation>No project is open. Open or create a project first.</translation>
        </message>
        <message>
            <source>Cannot write to the project %1: %2. Close other programs that use it and try again.</source>
            <translation>Cannot write to the project %1: %2. Close other programs that use it and try again.</translation>
        </message>
        <message>
            <source>Cannot save to the project %1: %2. Check the free disk space and try again.</source>
            <translation>Cannot save to the project %1: %2. Check the free disk space and try again.</translation>
        </message>
        <message>
            <source>The dataset has no folder. Choose the dataset's root folder.</source>
            <translation>The dataset has no folder. Choose the dataset's root folder.</translation>
        </message>
        <message>
            <source>Cannot look up the dataset %1</source>
            <translation>Cannot look up the dataset %1</translation>
        </message>
        <message>
            <source>The dataset folder %1 is already in this project. Choose another folder, or remove the existing dataset first.</source>
            <translation>The dataset folder %1 is already in this project. Choose another folder, or remove the existing dataset first.</translation>
        </message>
        <message>
            <source>Cannot add the dataset %1</source>
            <translation>Cannot add the dataset %1</translation>
        </message>
        <message>
            <source>Cannot remove dataset %1</source>
            <translation>Cannot remove dataset %1</translation>
        </message>
        <message>
            <source>There is no dataset %1 in this project.</source>
            <translation>There is no dataset %1 in this project.</translation>
        </message>
        <message>
            <source>Cannot read the datasets</source>
            <translation>Cannot read the datasets</translation>
        </message>
        <message>
            <source>Unknown training status "%1"; use running, finished, cancelled or failed.</source>
            <translation>Unknown training status "%1"; use running, finished, cancelled or failed.</translation>
        </message>
        <message>
            <source>Cannot add the training run</source>
            <translation>Cannot add the training run</translation>
        </message>
        <message>
            <source>Cannot update training run %1</source>
            <translation>Cannot update training run %1</translation>
        </message>
        <message>
            <source>There is no training run %1 in this project.</source>
            <translation>There is no training run %1 in this project.</translation>
        </message>
        <message>
            <source>Cannot read the training runs</source>
            <translation>Cannot read the training runs</translation>
        </message>
        <message>
            <source>The model has no file path. Save the model file first.</source>
            <translation>The model has no file path. Save the model file first.</translation>
        </message>
        <message>
            <source>Cannot look up training run %1</source>
            <translation>Cannot look up training run %1</translation>
        </message>
        <message>
            <source>The model %1 names training run %2, which is not in this project.</source>
            <translation>The model %1 names training run %2, which is not in this project.</translation>
        </message>
        <message>
            <source>Cannot add the model %1</source>
            <translation>Cannot add the model %1</translation>
        </message>
        <message>
            <source>Cannot read the models</source>
            <translation>Cannot read the models</translation>
        </message>
        <message>
            <source>Cannot prepare storing inference results</source>
            <translation>Cannot prepare storing inference results</translation>
        </message>
        <message>
            <source>Cannot store inference result %1 of %2 (image "%3", model %4)</source>
            <translation>Cannot store inference result %1 of %2 (image "%3", model %4)</translation>
        </message>
        <message>
            <source>%1: the image path is empty. Nothing of this batch was stored.</source>
            <translation>%1: the image path is empty. Nothing of this batch was stored.</translation>
        </message>
        <message>
            <source>%1: model %2 is not in this project. Nothing of this batch was stored.</source>
            <translation>%1: model %2 is not in this project. Nothing of this batch was stored.</translation>
        </message>
        <message>
            <source>Cannot read the inference results of model %1</source>
            <translation>Cannot read the inference results of model %1</translation>
        </message>
        <message>
            <source>The review label has no image path.</source>
            <translation>The review label has no image path.</translation>
        </message>
        <message>
            <source>Unknown review decision "%1" for %2; use good or defect.</source>
            <translation>Unknown review decision "%1" for %2; use good or defect.</translation>
        </message>
        <message>
            <source>Cannot store the review label of %1</source>
            <translation>Cannot store the review label of %1</translation>
        </message>
        <message>
            <source>Cannot remove the review label of %1</source>
            <translation>Cannot remove the review label of %1</translation>
        </message>
        <message>
            <source>There is no review label for %1 in this project.</source>
            <translation>There is no review label for %1 in this project.</translation>
        </message>
        <message>
            <source>Cannot read the review labels</source>
            <translation>Cannot read the review labels</translation>
        </message>
    </context>
    <context>
        <name>ReportCases</name>
        <message>
            <source>Cannot load the model '%1' for the example overlays: %2</source>
            <translation>Cannot load the model '%1' for the example overlays: %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Detected defects (highest scores)</source>
            <translation>Detected defects (highest scores)</translation>
        </message>
        <message>
            <source>Highest-scoring normal images (false alarms first)</source>
            <translation>Highest-scoring normal images (false alarms first)</translation>
        </message>
        <message>
            <source>Lowest-scoring defects (misses first)</source>
            <translation>Lowest-scoring defects (misses first)</translation>
        </message>
    </context>
    <context>
        <name>ReportCharts</name>
        <message>
            <source>%1: image scores</source>
            <translation>%1: image scores</translation>
        </message>
        <message>
            <source>raw image score</source>
            <translation>raw image score</translation>
        </message>
        <message>
            <source>images</source>
            <translation>images</translation>
        </message>
        <message>
            <source>no scored images</source>
            <translation>no scored images</translation>
        </message>
        <message>
            <source>normal (%1)</source>
            <translation>normal (%1)</translation>
        </message>
        <message>
            <source>anomalous (%1)</source>
            <translation>anomalous (%1)</translation>
        </message>
        <message>
            <source>unlabelled (%1)</source>
            <translation>unlabelled (%1)</translation>
        </message>
        <message>
            <source>threshold</source>
            <translation>threshold</translation>
        </message>
        <message>
            <source>%1: ROC, I-AUROC %2</source>
            <translation>%1: ROC, I-AUROC %2</translation>
        </message>
        <message>
            <source>%1: ROC</source>
            <translation>%1: ROC</translation>
        </message>
        <message>
            <source>false-positive rate</source>
            <translation>false-positive rate</translation>
        </message>
        <message>
            <source>true-positive rate</source>
            <translation>true-positive rate</translation>
        </message>
        <message>
            <source>needs normal and anomalous images</source>
            <translation>needs normal and anomalous images</translation>
        </message>
        <message>
            <source>ROC</source>
            <translation>ROC</translation>
        </message>
        <message>
            <source>at threshold</source>
            <translation>at threshold</translation>
        </message>
    </context>
    <context>
        <name>ReportData</name>
        <message>
            <source>Cannot read the model file '%1': %2. Choose the model the results came from and run it again.</source>
            <translation>Cannot read the model file '%1': %2. Choose the model the results came from and run it again.</translation>
        </message>
    </context>
    <context>
        <name>ReportDocument</name>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>The PDF writer could not start.</source>
            <translation>The PDF writer could not start.</translation>
        </message>
    </context>
    <context>
        <name>ReportWriter</name>
        <message>
            <source>not recorded</source>
            <translation>not recorded</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>%1 min %2 s</source>
            <translation>%1 min %2 s</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 h %2 min</translation>
        </message>
        <message>
            <source>good</source>
            <translation>good</translation>
        </message>
        <message>
            <source>defect</source>
            <translation>defect</translation>
        </message>
        <message>
            <source>needs review</source>
            <translation>needs review</translation>
        </message>
        <message>
            <source>F1-optimal on the validation split</source>
            <translation>F1-optimal on the validation split</translation>
        </message>
        <message>
            <source>highest normal validation score</source>
            <translation>highest normal validation score</translation>
        </message>
        <message>
            <source>target false-positive rate %1%</source>
            <translation>target false-positive rate %1%</translation>
        </message>
        <message>
            <source>set by hand</source>
            <translation>set by hand</translation>
        </message>
        <message>
            <source>fused A_TR + A_RI</source>
            <translation>fused A_TR + A_RI</translation>
        </message>
        <message>
            <source>teacher vs restoration (A_TR)</source>
            <translation>teacher vs restoration (A_TR)</translation>
        </message>
        <message>
            <source>restoration vs identity (A_RI)</source>
            <translation>restoration vs identity (A_RI)</translation>
        </message>
        <message>
            <source>max of the map</source>
            <translation>max of the map</translation>
        </message>
        <message>
            <source>mean of the top %1%</source>
            <translation>mean of the top %1%</translation>
        </message>
        <message>
            <source>max after %1 px pooling</source>
            <translation>max after %1 px pooling</translation>
        </message>
        <message>
            <source>%1, Gaussian sigma %2, image score = %3</source>
            <translation>%1, Gaussian sigma %2, image score = %3</translation>
        </message>
        <message>
            <source>Thresholds</source>
            <translation>Thresholds</translation>
        </message>
        <message>
            <source>The model file stores no thresholds for this class.</source>
            <translation>The model file stores no thresholds for this class.</translation>
        </message>
        <message>
            <source>Image threshold</source>
            <translation>Image threshold</translation>
        </message>
        <message>
            <source>Pixel threshold</source>
            <translation>Pixel threshold</translation>
        </message>
        <message>
            <source>Image score range</source>
            <translation>Image score range</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 to %2</translation>
        </message>
        <message>
            <source>Pixel score range</source>
            <translation>Pixel score range</translation>
        </message>
        <message>
            <source>Uncertain band</source>
            <translation>Uncertain band</translation>
        </message>
        <message>
            <source>%1 to %2 (needs review between)</source>
            <translation>%1 to %2 (needs review between)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Method</translation>
        </message>
        <message>
            <source>defect (%1)</source>
            <translation>defect (%1)</translation>
        </message>
        <message>
            <source>normal</source>
            <translation>normal</translation>
        </message>
        <message>
            <source>truth: %1</source>
            <translation>truth: %1</translation>
        </message>
        <message>
            <source>score %1 (raw %2)</source>
            <translation>score %1 (raw %2)</translation>
        </message>
        <message>
            <source>No overlay: %1</source>
            <translation>No overlay: %1</translation>
        </message>
        <message>
            <source>None in this run.</source>
            <translation>None in this run.</translation>
        </message>
        <message>
            <source>MDD-Net model report</source>
            <translation>MDD-Net model report</translation>
        </message>
        <message>
            <source>Project: %1</source>
            <translation>Project: %1</translation>
        </message>
        <message>
            <source>Model file</source>
            <translation>Model file</translation>
        </message>
        <message>
            <source>Backbone</source>
            <translation>Backbone</translation>
        </message>
        <message>
            <source>Image size</source>
            <translation>Image size</translation>
        </message>
        <message>
            <source>%1 x %2 px</source>
            <translation>%1 x %2 px</translation>
        </message>
        <message>
            <source>Score map</source>
            <translation>Score map</translation>
        </message>
        <message>
            <source>Classes</source>
            <translation>Classes</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>1 step</source>
            <translation>1 step</translation>
        </message>
        <message>
            <source>%1 steps</source>
            <translation>%1 steps</translation>
        </message>
        <message>
            <source>1 epoch</source>
            <translation>1 epoch</translation>
        </message>
        <message>
            <source>%1 epochs</source>
            <translation>%1 epochs</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>%1, %2, batch size %3, %4 on %5</source>
            <translation>%1, %2, batch size %3, %4 on %5</translation>
        </message>
        <message>
            <source>not recorded in the model file</source>
            <translation>not recorded in the model file</translation>
        </message>
        <message>
            <source>Trained at</source>
            <translation>Trained at</translation>
        </message>
        <message>
            <source>Evaluated on</source>
            <translation>Evaluated on</translation>
        </message>
        <message>
            <source>%1: %2 images, %3 with ground truth</source>
            <translation>%1: %2 images, %3 with ground truth</translation>
        </message>
        <message>
            <source>Generated</source>
            <translation>Generated</translation>
        </message>
        <message>
            <source>Metrics</source>
            <translation>Metrics</translation>
        </message>
        <message>
            <source>No metrics: the run had no ground truth. Run the model on a dataset split to get them.</source>
            <translation>No metrics: the run had no ground truth. Run the model on a dataset split to get them.</translation>
        </message>
        <message>
            <source>Per class, in percent; mAD is the mean of the seven; the last row is the mean over classes.</source>
            <translation>Per class, in percent; mAD is the mean of the seven; the last row is the mean over classes.</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Images</source>
            <translation>Images</translation>
        </message>
        <message>
            <source>Defects</source>
            <translation>Defects</translation>
        </message>
        <message>
            <source>I-AUROC</source>
            <translation>I-AUROC</translation>
        </message>
        <message>
            <source>I-AP</source>
            <translation>I-AP</translation>
        </message>
        <message>
            <source>I-F1max</source>
            <translation>I-F1max</translation>
        </message>
        <message>
            <source>P-AUROC</source>
            <translation>P-AUROC</translation>
        </message>
        <message>
            <source>P-AP</source>
            <translation>P-AP</translation>
        </message>
        <message>
            <source>P-F1max</source>
            <translation>P-F1max</translation>
        </message>
        <message>
            <source>AU-PRO</source>
            <translation>AU-PRO</translation>
        </message>
        <message>
            <source>mAD</source>
            <translation>mAD</translation>
        </message>
        <message>
            <source>mean</source>
            <translation>mean</translation>
        </message>
        <message>
            <source>Decisions at the stored thresholds</source>
            <translation>Decisions at the stored thresholds</translation>
        </message>
        <message>
            <source>Verdicts of this run; a false alarm is a normal image not called good, a miss a defect called good.</source>
            <translation>Verdicts of this run; a false alarm is a normal image not called good, a miss a defect called good.</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>Good</translation>
        </message>
        <message>
            <source>Defect</source>
            <translation>Defect</translation>
        </message>
        <message>
            <source>Needs review</source>
            <translation>Needs review</translation>
        </message>
        <message>
            <source>False alarms</source>
            <translation>False alarms</translation>
        </message>
        <message>
            <source>Misses</source>
            <translation>Misses</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 of %2</translation>
        </message>
        <message>
            <source>Class: %1</source>
            <translation>Class: %1</translation>
        </message>
        <message>
            <source>Scores</source>
            <translation>Scores</translation>
        </message>
        <message>
            <source>%1: score histogram</source>
            <translation>%1: score histogram</translation>
        </message>
        <message>
            <source>%1: ROC curve</source>
            <translation>%1: ROC curve</translation>
        </message>
        <message>
            <source>No charts.</source>
            <translation>No charts.</translation>
        </message>
        <message>
            <source>MDD-Net model report: %1</source>
            <translation>MDD-Net model report: %1</translation>
        </message>
        <message>
            <source>Cannot write the report '%1': %2</source>
            <translation>Cannot write the report '%1': %2</translation>
        </message>
        <message>
            <source>, length-aware feature distance</source>
            <translation>, length-aware feature distance</translation>
        </message>
        <message>
            <source>, features averaged over %1 x %1 cells</source>
            <translation>, features averaged over %1 x %1 cells</translation>
        </message>
    </context>
    <context>
        <name>ReviewRecorder</name>
        <message>
            <source>No project is open, so the decision on %1 cannot be stored. Open or create a project first.</source>
            <translation>No project is open, so the decision on %1 cannot be stored. Open or create a project first.</translation>
        </message>
        <message>
            <source>There is no review decision to undo.</source>
            <translation>There is no review decision to undo.</translation>
        </message>
        <message>
            <source>No project is open, so the decision cannot be undone. Reopen the project.</source>
            <translation>No project is open, so the decision cannot be undone. Reopen the project.</translation>
        </message>
    </context>
    <context>
        <name>SqlTransaction</name>
        <message>
            <source>no transaction is open</source>
            <translation>no transaction is open</translation>
        </message>
    </context>
    <context>
        <name>mddui::AboutDialog</name>
        <message>
            <source>About MDD-Net Inspector</source>
            <translation>About MDD-Net Inspector</translation>
        </message>
        <message>
            <source>&lt;h2&gt;MDD-Net Inspector %1&lt;/h2&gt;&lt;p&gt;Multi-class unsupervised anomaly detection with a memory-augmented dual-decoder network.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;MDD-Net Inspector %1&lt;/h2&gt;&lt;p&gt;Multi-class unsupervised anomaly detection with a memory-augmented dual-decoder network.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>LibTorch:</source>
            <translation>LibTorch:</translation>
        </message>
        <message>
            <source>OpenCV:</source>
            <translation>OpenCV:</translation>
        </message>
        <message>
            <source>BLAS:</source>
            <translation>BLAS:</translation>
        </message>
        <message>
            <source>CPU cores:</source>
            <translation>CPU cores:</translation>
        </message>
        <message>
            <source>Torch threads:</source>
            <translation>Torch threads:</translation>
        </message>
        <message>
            <source>CUDA:</source>
            <translation>CUDA:</translation>
        </message>
        <message>
            <source>not available</source>
            <translation>not available</translation>
        </message>
        <message>
            <source>Compute device:</source>
            <translation>Compute device:</translation>
        </message>
        <message>
            <source>Teacher weights:</source>
            <translation>Teacher weights:</translation>
        </message>
    </context>
    <context>
        <name>mddui::ClassCountTable</name>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Train</source>
            <translation>Train</translation>
        </message>
        <message>
            <source>Validation</source>
            <translation>Validation</translation>
        </message>
        <message>
            <source>Test good</source>
            <translation>Test good</translation>
        </message>
        <message>
            <source>Test defect</source>
            <translation>Test defect</translation>
        </message>
        <message>
            <source>Masks</source>
            <translation>Masks</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
    </context>
    <context>
        <name>mddui::ConfusionView</name>
        <message>
            <source>Of the images not passed as good, the share that are defects</source>
            <translation>Of the images not passed as good, the share that are defects</translation>
        </message>
        <message>
            <source>Of the defect images, the share not passed as good</source>
            <translation>Of the defect images, the share not passed as good</translation>
        </message>
        <message>
            <source>Of the good images, the share not passed as good</source>
            <translation>Of the good images, the share not passed as good</translation>
        </message>
        <message>
            <source>Rows: ground truth · columns: verdict</source>
            <translation>Rows: ground truth · columns: verdict</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>Anomalous</source>
            <translation>Anomalous</translation>
        </message>
        <message>
            <source>Precision: %1</source>
            <translation>Precision: %1</translation>
        </message>
        <message>
            <source>Recall: %1</source>
            <translation>Recall: %1</translation>
        </message>
        <message>
            <source>F1: %1</source>
            <translation>F1: %1</translation>
        </message>
        <message>
            <source>FPR: %1</source>
            <translation>FPR: %1</translation>
        </message>
    </context>
    <context>
        <name>mddui::CurvePlots</name>
        <message>
            <source>false-positive rate</source>
            <translation>false-positive rate</translation>
        </message>
        <message>
            <source>true-positive rate</source>
            <translation>true-positive rate</translation>
        </message>
        <message>
            <source>recall</source>
            <translation>recall</translation>
        </message>
        <message>
            <source>precision</source>
            <translation>precision</translation>
        </message>
        <message>
            <source>ROC: needs normal and anomalous images</source>
            <translation>ROC: needs normal and anomalous images</translation>
        </message>
        <message>
            <source>ROC · AUROC %1</source>
            <translation>ROC · AUROC %1</translation>
        </message>
        <message>
            <source>Precision-recall: needs anomalous images</source>
            <translation>Precision-recall: needs anomalous images</translation>
        </message>
        <message>
            <source>Precision-recall · AP %1</source>
            <translation>Precision-recall · AP %1</translation>
        </message>
    </context>
    <context>
        <name>mddui::DatasetBrowser</name>
        <message>
            <source>Show one class</source>
            <translation>Show one class</translation>
        </message>
        <message>
            <source>All classes</source>
            <translation>All classes</translation>
        </message>
        <message>
            <source>Show one split</source>
            <translation>Show one split</translation>
        </message>
        <message>
            <source>All splits</source>
            <translation>All splits</translation>
        </message>
        <message>
            <source>Train</source>
            <translation>Train</translation>
        </message>
        <message>
            <source>Validation</source>
            <translation>Validation</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>Test</translation>
        </message>
        <message>
            <source>Show one verdict</source>
            <translation>Show one verdict</translation>
        </message>
        <message>
            <source>All verdicts</source>
            <translation>All verdicts</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>Good</translation>
        </message>
        <message>
            <source>Defect</source>
            <translation>Defect</translation>
        </message>
        <message>
            <source>Needs review</source>
            <translation>Needs review</translation>
        </message>
        <message>
            <source>Not inspected</source>
            <translation>Not inspected</translation>
        </message>
        <message>
            <source>Show by review label</source>
            <translation>Show by review label</translation>
        </message>
        <message>
            <source>Any review state</source>
            <translation>Any review state</translation>
        </message>
        <message>
            <source>Unreviewed</source>
            <translation>Unreviewed</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Reviewed</translation>
        </message>
        <message>
            <source>Reviewed good</source>
            <translation>Reviewed good</translation>
        </message>
        <message>
            <source>Reviewed defect</source>
            <translation>Reviewed defect</translation>
        </message>
        <message>
            <source>Search file name</source>
            <translation>Search file name</translation>
        </message>
        <message>
            <source>%1 of %2 images</source>
            <translation>%1 of %2 images</translation>
        </message>
    </context>
    <context>
        <name>mddui::DatasetImportDialog</name>
        <message>
            <source>New dataset</source>
            <translation>New dataset</translation>
        </message>
        <message>
            <source>Folder that holds the images</source>
            <translation>Folder that holds the images</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <source>Auto-detect</source>
            <translation>Auto-detect</translation>
        </message>
        <message>
            <source>Recognise the layout from the folders</source>
            <translation>Recognise the layout from the folders</translation>
        </message>
        <message>
            <source>MVTec AD (many classes)</source>
            <translation>MVTec AD (many classes)</translation>
        </message>
        <message>
            <source>&lt;class&gt;/train/good, &lt;class&gt;/test/&lt;defect&gt;, &lt;class&gt;/ground_truth/&lt;defect&gt;</source>
            <translation>&lt;class&gt;/train/good, &lt;class&gt;/test/&lt;defect&gt;, &lt;class&gt;/ground_truth/&lt;defect&gt;</translation>
        </message>
        <message>
            <source>MVTec AD (one class)</source>
            <translation>MVTec AD (one class)</translation>
        </message>
        <message>
            <source>train/good, test/&lt;defect&gt;, ground_truth/&lt;defect&gt;</source>
            <translation>train/good, test/&lt;defect&gt;, ground_truth/&lt;defect&gt;</translation>
        </message>
        <message>
            <source>VisA</source>
            <translation>VisA</translation>
        </message>
        <message>
            <source>split_csv/1cls.csv next to the class folders</source>
            <translation>split_csv/1cls.csv next to the class folders</translation>
        </message>
        <message>
            <source>Folder good/ + defect/</source>
            <translation>Folder good/ + defect/</translation>
        </message>
        <message>
            <source>good/ and one folder per defect type; masks optional in masks/&lt;defect&gt;/</source>
            <translation>good/ and one folder per defect type; masks optional in masks/&lt;defect&gt;/</translation>
        </message>
        <message>
            <source>Detected layout: —</source>
            <translation>Detected layout: —</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>&amp;Folder:</translation>
        </message>
        <message>
            <source>&amp;Layout:</source>
            <translation>&amp;Layout:</translation>
        </message>
        <message>
            <source>Choose a dataset folder.</source>
            <translation>Choose a dataset folder.</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Create</translation>
        </message>
        <message>
            <source>Choose the dataset folder</source>
            <translation>Choose the dataset folder</translation>
        </message>
        <message>
            <source>Detected layout: …</source>
            <translation>Detected layout: …</translation>
        </message>
        <message>
            <source>Reading %1 …</source>
            <translation>Reading %1 …</translation>
        </message>
        <message>
            <source>Expected one of these layouts:
• MVTec AD, many classes: &lt;class&gt;/train/good, &lt;class&gt;/test/&lt;defect&gt;, &lt;class&gt;/ground_truth/&lt;defect&gt;
• MVTec AD, one class: train/good, test/&lt;defect&gt;, ground_truth/&lt;defect&gt;
• VisA: split_csv/1cls.csv
• Folder: good/ and one folder per defect type (masks optional in masks/&lt;defect&gt;/)</source>
            <translation>Expected one of these layouts:
• MVTec AD, many classes: &lt;class&gt;/train/good, &lt;class&gt;/test/&lt;defect&gt;, &lt;class&gt;/ground_truth/&lt;defect&gt;
• MVTec AD, one class: train/good, test/&lt;defect&gt;, ground_truth/&lt;defect&gt;
• VisA: split_csv/1cls.csv
• Folder: good/ and one folder per defect type (masks optional in masks/&lt;defect&gt;/)</translation>
        </message>
        <message>
            <source>The folder '%1' does not exist. Choose an existing folder.
%2</source>
            <translation>The folder '%1' does not exist. Choose an existing folder.
%2</translation>
        </message>
        <message>
            <source>'%1' is a file, not a folder. Choose the folder that holds the dataset.
%2</source>
            <translation>'%1' is a file, not a folder. Choose the folder that holds the dataset.
%2</translation>
        </message>
        <message>
            <source>The folder '%1' cannot be read. Check its permissions.</source>
            <translation>The folder '%1' cannot be read. Check its permissions.</translation>
        </message>
        <message>
            <source>No known dataset layout in '%1'.
%2</source>
            <translation>No known dataset layout in '%1'.
%2</translation>
        </message>
        <message>
            <source>Cannot read the dataset in '%1': %2</source>
            <translation>Cannot read the dataset in '%1': %2</translation>
        </message>
        <message>
            <source>Detected layout: none</source>
            <translation>Detected layout: none</translation>
        </message>
        <message>
            <source>Detected layout: %1</source>
            <translation>Detected layout: %1</translation>
        </message>
        <message>
            <source>1 class</source>
            <translation>1 class</translation>
        </message>
        <message>
            <source>%1 classes</source>
            <translation>%1 classes</translation>
        </message>
        <message>
            <source>1 image</source>
            <translation>1 image</translation>
        </message>
        <message>
            <source>%1 images</source>
            <translation>%1 images</translation>
        </message>
        <message>
            <source>no problems</source>
            <translation>no problems</translation>
        </message>
        <message>
            <source>1 problem</source>
            <translation>1 problem</translation>
        </message>
        <message>
            <source>%1 problems</source>
            <translation>%1 problems</translation>
        </message>
        <message>
            <source>%1, %2, %3</source>
            <translation>%1, %2, %3</translation>
        </message>
        <message>
            <source>%1 — read as %2, as chosen</source>
            <translation>%1 — read as %2, as chosen</translation>
        </message>
        <message>
            <source>%1 — nothing to import; see the problems above.</source>
            <translation>%1 — nothing to import; see the problems above.</translation>
        </message>
    </context>
    <context>
        <name>mddui::DemoProject</name>
        <message>
            <source>Generating the demo dataset in %1...</source>
            <translation>Generating the demo dataset in %1...</translation>
        </message>
        <message>
            <source>Could not open the demo project %1</source>
            <translation>Could not open the demo project %1</translation>
        </message>
        <message>
            <source>Loading the demo dataset...</source>
            <translation>Loading the demo dataset...</translation>
        </message>
        <message>
            <source>Training the demo model (a few minutes on a CPU; only the first time)...</source>
            <translation>Training the demo model (a few minutes on a CPU; only the first time)...</translation>
        </message>
        <message>
            <source>Running the demo model on the test images...</source>
            <translation>Running the demo model on the test images...</translation>
        </message>
        <message>
            <source>Training of the demo model was cancelled.</source>
            <translation>Training of the demo model was cancelled.</translation>
        </message>
        <message>
            <source>Laying out the model's memory (t-SNE)...</source>
            <translation>Laying out the model's memory (t-SNE)...</translation>
        </message>
        <message>
            <source>No report: %1</source>
            <translation>No report: %1</translation>
        </message>
        <message>
            <source>Report written: %1</source>
            <translation>Report written: %1</translation>
        </message>
        <message>
            <source>Writing the model report...</source>
            <translation>Writing the model report...</translation>
        </message>
    </context>
    <context>
        <name>mddui::ImageViewer</name>
        <message>
            <source>Side by side</source>
            <translation>Side by side</translation>
        </message>
        <message>
            <source>Show the original and the overlay next to each other</source>
            <translation>Show the original and the overlay next to each other</translation>
        </message>
        <message>
            <source>Show original</source>
            <translation>Show original</translation>
        </message>
        <message>
            <source>Switch the single view between the overlay and the original</source>
            <translation>Switch the single view between the overlay and the original</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Zoom out</translation>
        </message>
        <message>
            <source>Zoom out (Ctrl+wheel zooms under the mouse)</source>
            <translation>Zoom out (Ctrl+wheel zooms under the mouse)</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Zoom in</translation>
        </message>
        <message>
            <source>Zoom in (Ctrl+wheel zooms under the mouse)</source>
            <translation>Zoom in (Ctrl+wheel zooms under the mouse)</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Fit</translation>
        </message>
        <message>
            <source>Fit the image to the window</source>
            <translation>Fit the image to the window</translation>
        </message>
        <message>
            <source>Weight of the heatmap over the image</source>
            <translation>Weight of the heatmap over the image</translation>
        </message>
        <message>
            <source>Heatmap opacity</source>
            <translation>Heatmap opacity</translation>
        </message>
        <message>
            <source>Original</source>
            <translation>Original</translation>
        </message>
        <message>
            <source>Overlay: heatmap, predicted defect (red), ground truth (white)</source>
            <translation>Overlay: heatmap, predicted defect (red), ground truth (white)</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>the result has no anomaly map</source>
            <translation>the result has no anomaly map</translation>
        </message>
        <message>
            <source>No heatmap for '%1': %2. Fit the model's thresholds or run the model again.</source>
            <translation>No heatmap for '%1': %2. Fit the model's thresholds or run the model again.</translation>
        </message>
        <message>
            <source>No image selected</source>
            <translation>No image selected</translation>
        </message>
        <message>
            <source>%1 · %2 · %3</source>
            <translation>%1 · %2 · %3</translation>
        </message>
        <message>
            <source>Show overlay</source>
            <translation>Show overlay</translation>
        </message>
    </context>
    <context>
        <name>mddui::LoadIssueList</name>
        <message>
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warning</translation>
        </message>
        <message>
            <source>… and %1 more</source>
            <translation>… and %1 more</translation>
        </message>
    </context>
    <context>
        <name>mddui::LossPlot</name>
        <message>
            <source>total</source>
            <translation>total</translation>
        </message>
        <message>
            <source>restoration</source>
            <translation>restoration</translation>
        </message>
        <message>
            <source>identity</source>
            <translation>identity</translation>
        </message>
        <message>
            <source>distillation</source>
            <translation>distillation</translation>
        </message>
        <message>
            <source>memory class</source>
            <translation>memory class</translation>
        </message>
        <message>
            <source>memory reconstruction</source>
            <translation>memory reconstruction</translation>
        </message>
        <message>
            <source>step</source>
            <translation>step</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>loss</translation>
        </message>
        <message>
            <source>Logarithmic loss axis</source>
            <translation>Logarithmic loss axis</translation>
        </message>
    </context>
    <context>
        <name>mddui::MainWindow</name>
        <message>
            <source>MDD-Net Inspector</source>
            <translation>MDD-Net Inspector</translation>
        </message>
        <message>
            <source>Model in use: %1</source>
            <translation>Model in use: %1</translation>
        </message>
        <message>
            <source>&amp;Project</source>
            <translation>&amp;Project</translation>
        </message>
        <message>
            <source>&amp;Images</source>
            <translation>&amp;Images</translation>
        </message>
        <message>
            <source>&amp;Training</source>
            <translation>&amp;Training</translation>
        </message>
        <message>
            <source>&amp;Results</source>
            <translation>&amp;Results</translation>
        </message>
        <message>
            <source>&amp;Memory</source>
            <translation>&amp;Memory</translation>
        </message>
        <message>
            <source>%1 has no result yet: run the model first (Ctrl+R).</source>
            <translation>%1 has no result yet: run the model first (Ctrl+R).</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;New Project...</source>
            <translation>&amp;New Project...</translation>
        </message>
        <message>
            <source>&amp;Open Project...</source>
            <translation>&amp;Open Project...</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Open &amp;Recent</translation>
        </message>
        <message>
            <source>&amp;Add Dataset...</source>
            <translation>&amp;Add Dataset...</translation>
        </message>
        <message>
            <source>Export &amp;Report...</source>
            <translation>Export &amp;Report...</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Run</source>
            <translation>&amp;Run</translation>
        </message>
        <message>
            <source>&amp;Train Model</source>
            <translation>&amp;Train Model</translation>
        </message>
        <message>
            <source>&amp;Cancel Training</source>
            <translation>&amp;Cancel Training</translation>
        </message>
        <message>
            <source>&amp;Run Model on Test Split</source>
            <translation>&amp;Run Model on Test Split</translation>
        </message>
        <message>
            <source>Run Model on &amp;Folder...</source>
            <translation>Run Model on &amp;Folder...</translation>
        </message>
        <message>
            <source>Cancel &amp;Inference</source>
            <translation>Cancel &amp;Inference</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>T&amp;hresholds</source>
            <translation>T&amp;hresholds</translation>
        </message>
        <message>
            <source>Re&amp;view</source>
            <translation>Re&amp;view</translation>
        </message>
        <message>
            <source>&amp;Full Screen</source>
            <translation>&amp;Full Screen</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About MDD-Net Inspector</source>
            <translation>&amp;About MDD-Net Inspector</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>About &amp;Qt</translation>
        </message>
        <message>
            <source>Clear List</source>
            <translation>Clear List</translation>
        </message>
        <message>
            <source>GPU: %1</source>
            <translation>GPU: %1</translation>
        </message>
        <message>
            <source>Device used for training and inference</source>
            <translation>Device used for training and inference</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Ready</translation>
        </message>
        <message>
            <source>Training is running</source>
            <translation>Training is running</translation>
        </message>
        <message>
            <source>Stop the training and quit? A checkpoint is saved; Resume continues it.</source>
            <translation>Stop the training and quit? A checkpoint is saved; Resume continues it.</translation>
        </message>
        <message>
            <source>Inspector projects (*.mddproj)</source>
            <translation>Inspector projects (*.mddproj)</translation>
        </message>
        <message>
            <source>New project</source>
            <translation>New project</translation>
        </message>
        <message>
            <source>Open project</source>
            <translation>Open project</translation>
        </message>
        <message>
            <source>Dataset folder</source>
            <translation>Dataset folder</translation>
        </message>
        <message>
            <source>Folder of images to inspect</source>
            <translation>Folder of images to inspect</translation>
        </message>
        <message>
            <source>Training is running: cancel it before switching projects.</source>
            <translation>Training is running: cancel it before switching projects.</translation>
        </message>
        <message>
            <source>%1 — MDD-Net Inspector</source>
            <translation>%1 — MDD-Net Inspector</translation>
        </message>
        <message>
            <source>Project: %1</source>
            <translation>Project: %1</translation>
        </message>
        <message>
            <source>Opened %1; loading its datasets...</source>
            <translation>Opened %1; loading its datasets...</translation>
        </message>
        <message numerus="yes">
            <source>%n image(s) in %1 class(es)</source>
            <translation>
                <numerusform>%n image in %1 class(es)</numerusform>
                <numerusform>%n images in %1 class(es)</numerusform>
            </translation>
        </message>
        <message>
            <source>Add dataset</source>
            <translation>Add dataset</translation>
        </message>
        <message>
            <source>Train model</source>
            <translation>Train model</translation>
        </message>
        <message>
            <source>Add a dataset with normal training images first (Ctrl+D).</source>
            <translation>Add a dataset with normal training images first (Ctrl+D).</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Model trained: %1</source>
            <translation>Model trained: %1</translation>
        </message>
        <message>
            <source>Training failed</source>
            <translation>Training failed</translation>
        </message>
        <message>
            <source>Run model</source>
            <translation>Run model</translation>
        </message>
        <message>
            <source>The project has no model yet: train one first (Ctrl+T).</source>
            <translation>The project has no model yet: train one first (Ctrl+T).</translation>
        </message>
        <message>
            <source>Export report</source>
            <translation>Export report</translation>
        </message>
        <message>
            <source>Run the model first (Ctrl+R): the report describes a run.</source>
            <translation>Run the model first (Ctrl+R): the report describes a run.</translation>
        </message>
        <message>
            <source>Inference failed</source>
            <translation>Inference failed</translation>
        </message>
        <message>
            <source>Saving results</source>
            <translation>Saving results</translation>
        </message>
        <message numerus="yes">
            <source>%n reviewed good image(s) added to the next training run.</source>
            <translation>
                <numerusform>%n reviewed good image added to the next training run.</numerusform>
                <numerusform>%n reviewed good images added to the next training run.</numerusform>
            </translation>
        </message>
        <message>
            <source>Save thresholds</source>
            <translation>Save thresholds</translation>
        </message>
        <message>
            <source>Thresholds saved into %1</source>
            <translation>Thresholds saved into %1</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Settings</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>System default</translation>
        </message>
        <message>
            <source>&amp;Preferences...</source>
            <translation>&amp;Preferences...</translation>
        </message>
        <message numerus="yes">
            <source>CPU: %n thread(s)</source>
            <translation>
                <numerusform>CPU: %n thread</numerusform>
                <numerusform>CPU: %n threads</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>mddui::MemoryInspector</name>
        <message>
            <source>t-SNE: %1 of %2 iterations</source>
            <translation>t-SNE: %1 of %2 iterations</translation>
        </message>
        <message>
            <source>No model</source>
            <translation>No model</translation>
        </message>
        <message>
            <source>Model: %1</source>
            <translation>Model: %1</translation>
        </message>
        <message>
            <source>Open or train a model to inspect its class-aware memory.</source>
            <translation>Open or train a model to inspect its class-aware memory.</translation>
        </message>
        <message>
            <source>Press Compute to lay out the memory items of %1 with t-SNE.</source>
            <translation>Press Compute to lay out the memory items of %1 with t-SNE.</translation>
        </message>
        <message>
            <source>Could not read the model %1: %2</source>
            <translation>Could not read the model %1: %2</translation>
        </message>
        <message>
            <source>%1 has no class-aware memory: it was trained with the memory switched off. Train a model with the memory on to inspect its items.</source>
            <translation>%1 has no class-aware memory: it was trained with the memory switched off. Train a model with the memory on to inspect its items.</translation>
        </message>
        <message>
            <source>Loading the model…</source>
            <translation>Loading the model…</translation>
        </message>
        <message>
            <source>Cancelled; the previous layout is still shown.</source>
            <translation>Cancelled; the previous layout is still shown.</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Cancelled.</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n items)</source>
            <translation>
                <numerusform>%1 (%n items)</numerusform>
                <numerusform>%1 (%n items)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Laid out %n memory items in %1 s.</source>
            <translation>
                <numerusform>Laid out %n memory items in %1 s.</numerusform>
                <numerusform>Laid out %n memory items in %1 s.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to export yet: press Compute to lay out the memory first.</source>
            <translation>Nothing to export yet: press Compute to lay out the memory first.</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>Saved %1.</translation>
        </message>
        <message>
            <source>Export the memory plot as PNG</source>
            <translation>Export the memory plot as PNG</translation>
        </message>
        <message>
            <source>Export the memory plot as PDF</source>
            <translation>Export the memory plot as PDF</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG images (*.png)</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Export failed</translation>
        </message>
        <message>
            <source>t-SNE layout</source>
            <translation>t-SNE layout</translation>
        </message>
        <message>
            <source>Effective number of neighbours; lowered for scales with few items.</source>
            <translation>Effective number of neighbours; lowered for scales with few items.</translation>
        </message>
        <message>
            <source>Perplexity:</source>
            <translation>Perplexity:</translation>
        </message>
        <message>
            <source>Seed for a random start of the layout. The same settings always give the same layout.</source>
            <translation>Seed for a random start of the layout. The same settings always give the same layout.</translation>
        </message>
        <message>
            <source>Seed:</source>
            <translation>Seed:</translation>
        </message>
        <message>
            <source>Iterations:</source>
            <translation>Iterations:</translation>
        </message>
        <message>
            <source>Compute</source>
            <translation>Compute</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Teacher scale</source>
            <translation>Teacher scale</translation>
        </message>
        <message>
            <source>Export PNG…</source>
            <translation>Export PNG…</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Export PDF…</translation>
        </message>
    </context>
    <context>
        <name>mddui::MemoryJob</name>
        <message>
            <source>No model is open: open or train a model first.</source>
            <translation>No model is open: open or train a model first.</translation>
        </message>
        <message>
            <source>%1 has no class-aware memory: it was trained with the memory switched off. Train a model with the memory on to inspect its items.</source>
            <translation>%1 has no class-aware memory: it was trained with the memory switched off. Train a model with the memory on to inspect its items.</translation>
        </message>
        <message>
            <source>Could not analyse the memory of %1: %2</source>
            <translation>Could not analyse the memory of %1: %2</translation>
        </message>
    </context>
    <context>
        <name>mddui::MemoryPlotExport</name>
        <message>
            <source>Could not write %1: %2. Choose a folder you can write to, with free space.</source>
            <translation>Could not write %1: %2. Choose a folder you can write to, with free space.</translation>
        </message>
        <message>
            <source>no file name was given</source>
            <translation>no file name was given</translation>
        </message>
        <message>
            <source>the folder %1 does not exist</source>
            <translation>the folder %1 does not exist</translation>
        </message>
        <message>
            <source>no temporary folder (%1)</source>
            <translation>no temporary folder (%1)</translation>
        </message>
        <message>
            <source>the plot could not be rendered</source>
            <translation>the plot could not be rendered</translation>
        </message>
        <message>
            <source>CMM memory items (t-SNE)</source>
            <translation>CMM memory items (t-SNE)</translation>
        </message>
    </context>
    <context>
        <name>mddui::MemoryScaleStats</name>
        <message>
            <source>This scale</source>
            <translation>This scale</translation>
        </message>
        <message>
            <source>Memory items</source>
            <translation>Memory items</translation>
        </message>
        <message>
            <source>Items in this scale's memory banks, over all classes.</source>
            <translation>Items in this scale's memory banks, over all classes.</translation>
        </message>
        <message>
            <source>Class-specific</source>
            <translation>Class-specific</translation>
        </message>
        <message>
            <source>Items whose class probabilities favour few classes: coloured by the class whose bank they live in.</source>
            <translation>Items whose class probabilities favour few classes: coloured by the class whose bank they live in.</translation>
        </message>
        <message>
            <source>Class-shared</source>
            <translation>Class-shared</translation>
        </message>
        <message>
            <source>The 10% of items with the highest entropy of their class probabilities: grey, joined to their two most probable classes.</source>
            <translation>The 10% of items with the highest entropy of their class probabilities: grey, joined to their two most probable classes.</translation>
        </message>
        <message>
            <source>Entropy threshold</source>
            <translation>Entropy threshold</translation>
        </message>
        <message>
            <source>The lowest entropy (nats) among the class-shared items.</source>
            <translation>The lowest entropy (nats) among the class-shared items.</translation>
        </message>
        <message>
            <source>Perplexity used</source>
            <translation>Perplexity used</translation>
        </message>
        <message>
            <source>The t-SNE perplexity, lowered to (items - 1) / 3 for few items.</source>
            <translation>The t-SNE perplexity, lowered to (items - 1) / 3 for few items.</translation>
        </message>
        <message>
            <source>Silhouette</source>
            <translation>Silhouette</translation>
        </message>
        <message>
            <source>How well the t-SNE points cluster by owner class, from -1 to 1: higher is better.</source>
            <translation>How well the t-SNE points cluster by owner class, from -1 to 1: higher is better.</translation>
        </message>
        <message>
            <source>Davies-Bouldin</source>
            <translation>Davies-Bouldin</translation>
        </message>
        <message>
            <source>Mean similarity of each class cluster to its closest other one: lower is better, 0 is best.</source>
            <translation>Mean similarity of each class cluster to its closest other one: lower is better, 0 is best.</translation>
        </message>
        <message>
            <source>Trustworthiness</source>
            <translation>Trustworthiness</translation>
        </message>
        <message>
            <source>How well the 2-D neighbourhoods keep the items' own neighbours, from 0 to 1: higher is better.</source>
            <translation>How well the 2-D neighbourhoods keep the items' own neighbours, from 0 to 1: higher is better.</translation>
        </message>
        <message>
            <source>%1 nats</source>
            <translation>%1 nats</translation>
        </message>
        <message>
            <source>n/a</source>
            <translation>n/a</translation>
        </message>
        <message>
            <source>%1:</source>
            <translation>%1:</translation>
        </message>
    </context>
    <context>
        <name>mddui::MemoryScatter</name>
        <message>
            <source>t-SNE 1</source>
            <translation>t-SNE 1</translation>
        </message>
        <message>
            <source>t-SNE 2</source>
            <translation>t-SNE 2</translation>
        </message>
        <message>
            <source>class-shared (highest entropy)</source>
            <translation>class-shared (highest entropy)</translation>
        </message>
        <message>
            <source>CMM memory items (t-SNE)</source>
            <translation>CMM memory items (t-SNE)</translation>
        </message>
        <message>
            <source>CMM memory items, %1 scale (t-SNE)</source>
            <translation>CMM memory items, %1 scale (t-SNE)</translation>
        </message>
    </context>
    <context>
        <name>mddui::MemoryText</name>
        <message>
            <source>fine</source>
            <translation>fine</translation>
        </message>
        <message>
            <source>middle</source>
            <translation>middle</translation>
        </message>
        <message>
            <source>coarse</source>
            <translation>coarse</translation>
        </message>
        <message>
            <source>scale %1</source>
            <translation>scale %1</translation>
        </message>
        <message>
            <source>n/a</source>
            <translation>n/a</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>class %1</source>
            <translation>class %1</translation>
        </message>
        <message>
            <source>Memory item of %1</source>
            <translation>Memory item of %1</translation>
        </message>
        <message>
            <source>%1 scale · %2</source>
            <translation>%1 scale · %2</translation>
        </message>
        <message>
            <source>class-shared</source>
            <translation>class-shared</translation>
        </message>
        <message>
            <source>class-specific</source>
            <translation>class-specific</translation>
        </message>
        <message>
            <source>entropy %1 nats</source>
            <translation>entropy %1 nats</translation>
        </message>
        <message>
            <source>class probabilities:</source>
            <translation>class probabilities:</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more classes</source>
            <translation>
                <numerusform>… and %n more classes</numerusform>
                <numerusform>… and %n more classes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>mddui::MetricsTable</name>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Images</source>
            <translation>Images</translation>
        </message>
        <message>
            <source>I-AUROC</source>
            <translation>I-AUROC</translation>
        </message>
        <message>
            <source>I-AP</source>
            <translation>I-AP</translation>
        </message>
        <message>
            <source>I-F1max</source>
            <translation>I-F1max</translation>
        </message>
        <message>
            <source>P-AUROC</source>
            <translation>P-AUROC</translation>
        </message>
        <message>
            <source>P-AP</source>
            <translation>P-AP</translation>
        </message>
        <message>
            <source>P-F1max</source>
            <translation>P-F1max</translation>
        </message>
        <message>
            <source>AU-PRO</source>
            <translation>AU-PRO</translation>
        </message>
        <message>
            <source>Metrics in percent on this split's ground truth</source>
            <translation>Metrics in percent on this split's ground truth</translation>
        </message>
        <message>
            <source>mean</source>
            <translation>mean</translation>
        </message>
    </context>
    <context>
        <name>mddui::ModelCache</name>
        <message>
            <source>no model file given: choose a model file</source>
            <translation>no model file given: choose a model file</translation>
        </message>
        <message>
            <source>the model file '%1' does not exist: choose another model file</source>
            <translation>the model file '%1' does not exist: choose another model file</translation>
        </message>
    </context>
    <context>
        <name>mddui::OverlayExportJob</name>
        <message>
            <source>Cannot create the folder '%1': choose a folder you can write to.</source>
            <translation>Cannot create the folder '%1': choose a folder you can write to.</translation>
        </message>
        <message>
            <source>Cannot load the model '%1': %2</source>
            <translation>Cannot load the model '%1': %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Inference with '%1' failed: %2</source>
            <translation>Inference with '%1' failed: %2</translation>
        </message>
        <message>
            <source>the model cannot tell its class: run it with the image's class chosen</source>
            <translation>the model cannot tell its class: run it with the image's class chosen</translation>
        </message>
    </context>
    <context>
        <name>mddui::PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Preferences</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>Menus, views, dates and numbers change at once; reports written from now on are in the new language too.</source>
            <translation>Menus, views, dates and numbers change at once; reports written from now on are in the new language too.</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>System default</translation>
        </message>
    </context>
    <context>
        <name>mddui::ProgressText</name>
        <message>
            <source>unknown</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>%1 min %2 s</source>
            <translation>%1 min %2 s</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 h %2 min</translation>
        </message>
        <message>
            <source>step %1 / %2 · %3 img/s · ETA %4</source>
            <translation>step %1 / %2 · %3 img/s · ETA %4</translation>
        </message>
        <message>
            <source>step %1 / %2  loss %3 (restoration %4, identity %5, distillation %6, memory class %7, memory reconstruction %8)</source>
            <translation>step %1 / %2  loss %3 (restoration %4, identity %5, distillation %6, memory class %7, memory reconstruction %8)</translation>
        </message>
        <message>
            <source>%1  lr %2</source>
            <translation>%1  lr %2</translation>
        </message>
    </context>
    <context>
        <name>mddui::ProjectPage</name>
        <message>
            <source>Dataset</source>
            <translation>Dataset</translation>
        </message>
        <message>
            <source>Layout</source>
            <translation>Layout</translation>
        </message>
        <message>
            <source>Classes</source>
            <translation>Classes</translation>
        </message>
        <message>
            <source>Images</source>
            <translation>Images</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Folder</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Train</source>
            <translation>Train</translation>
        </message>
        <message>
            <source>Validation</source>
            <translation>Validation</translation>
        </message>
        <message>
            <source>Test good</source>
            <translation>Test good</translation>
        </message>
        <message>
            <source>Test defect</source>
            <translation>Test defect</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Model</translation>
        </message>
        <message>
            <source>Backbone</source>
            <translation>Backbone</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>In use</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Started</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Steps</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>&amp;Add dataset...</source>
            <translation>&amp;Add dataset...</translation>
        </message>
        <message>
            <source>Remove from project</source>
            <translation>Remove from project</translation>
        </message>
        <message>
            <source>&amp;Use this model</source>
            <translation>&amp;Use this model</translation>
        </message>
        <message>
            <source>Datasets</source>
            <translation>Datasets</translation>
        </message>
        <message>
            <source>Classes in the project</source>
            <translation>Classes in the project</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>Models</translation>
        </message>
        <message>
            <source>Training runs</source>
            <translation>Training runs</translation>
        </message>
        <message>
            <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;span&gt;%2&lt;/span&gt;</source>
            <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;span&gt;%2&lt;/span&gt;</translation>
        </message>
        <message>
            <source>&lt;h2&gt;No project open&lt;/h2&gt;&lt;span&gt;Create a project (Ctrl+N), open one (Ctrl+O), or drop an image folder on the window.&lt;/span&gt;</source>
            <translation>&lt;h2&gt;No project open&lt;/h2&gt;&lt;span&gt;Create a project (Ctrl+N), open one (Ctrl+O), or drop an image folder on the window.&lt;/span&gt;</translation>
        </message>
        <message>
            <source>Loading the datasets...</source>
            <translation>Loading the datasets...</translation>
        </message>
        <message numerus="yes">
            <source>%n image(s), no problems.</source>
            <translation>
                <numerusform>%n image, no problems.</numerusform>
                <numerusform>%n images, no problems.</numerusform>
            </translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>file missing</source>
            <translation>file missing</translation>
        </message>
        <message>
            <source>Remove dataset</source>
            <translation>Remove dataset</translation>
        </message>
        <message>
            <source>Use model</source>
            <translation>Use model</translation>
        </message>
        <message>
            <source>The model file %1 is missing: it was moved or deleted.</source>
            <translation>The model file %1 is missing: it was moved or deleted.</translation>
        </message>
        <message>
            <source>MVTec AD (many classes)</source>
            <translation>MVTec AD (many classes)</translation>
        </message>
        <message>
            <source>MVTec AD (one class)</source>
            <translation>MVTec AD (one class)</translation>
        </message>
        <message>
            <source>VisA</source>
            <translation>VisA</translation>
        </message>
        <message>
            <source>Folder good/ + defect/</source>
            <translation>Folder good/ + defect/</translation>
        </message>
        <message>
            <source>running</source>
            <translation>running</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>finished</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelled</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>failed</translation>
        </message>
        <message numerus="yes">
            <source>%n image(s); problems:
%1</source>
            <translation>
                <numerusform>%n image; problems:
%1</numerusform>
                <numerusform>%n images; problems:
%1</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
    </context>
    <context>
        <name>mddui::ProjectSession</name>
        <message>
            <source>%1 already exists: open it, or choose a new file name.</source>
            <translation>%1 already exists: open it, or choose a new file name.</translation>
        </message>
        <message>
            <source>%1 does not exist or is not a project file.</source>
            <translation>%1 does not exist or is not a project file.</translation>
        </message>
        <message>
            <source>No project is open: create or open a project first.</source>
            <translation>No project is open: create or open a project first.</translation>
        </message>
        <message>
            <source>No project is open.</source>
            <translation>No project is open.</translation>
        </message>
    </context>
    <context>
        <name>mddui::ReportDialog</name>
        <message>
            <source>Export model report</source>
            <translation>Export model report</translation>
        </message>
        <message>
            <source>Report file, e.g. model-report.html</source>
            <translation>Report file, e.g. model-report.html</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <source>HTML and PDF</source>
            <translation>HTML and PDF</translation>
        </message>
        <message>
            <source>HTML only</source>
            <translation>HTML only</translation>
        </message>
        <message>
            <source>PDF only</source>
            <translation>PDF only</translation>
        </message>
        <message>
            <source>Overlays per class of detected defects, of the highest-scoring normal images and of the lowest-scoring defects</source>
            <translation>Overlays per class of detected defects, of the highest-scoring normal images and of the lowest-scoring defects</translation>
        </message>
        <message>
            <source>&amp;Generate</source>
            <translation>&amp;Generate</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;File:</translation>
        </message>
        <message>
            <source>F&amp;ormat:</source>
            <translation>F&amp;ormat:</translation>
        </message>
        <message>
            <source>&amp;Examples per class and kind:</source>
            <translation>&amp;Examples per class and kind:</translation>
        </message>
        <message>
            <source>Report of the model %1 on %2: %3, %4.</source>
            <translation>Report of the model %1 on %2: %3, %4.</translation>
        </message>
        <message>
            <source>1 image</source>
            <translation>1 image</translation>
        </message>
        <message>
            <source>%1 images</source>
            <translation>%1 images</translation>
        </message>
        <message>
            <source>1 class</source>
            <translation>1 class</translation>
        </message>
        <message>
            <source>%1 classes</source>
            <translation>%1 classes</translation>
        </message>
        <message>
            <source>No results to report yet: run a model on a dataset split first.</source>
            <translation>No results to report yet: run a model on a dataset split first.</translation>
        </message>
        <message>
            <source>Choose a file to write the report to.</source>
            <translation>Choose a file to write the report to.</translation>
        </message>
        <message>
            <source>Write the report to</source>
            <translation>Write the report to</translation>
        </message>
        <message>
            <source>HTML report (*.html);;PDF report (*.pdf);;All files (*)</source>
            <translation>HTML report (*.html);;PDF report (*.pdf);;All files (*)</translation>
        </message>
        <message>
            <source>%1 (1 page)</source>
            <translation>%1 (1 page)</translation>
        </message>
        <message>
            <source>%1 (%2 pages)</source>
            <translation>%1 (%2 pages)</translation>
        </message>
        <message>
            <source>Wrote %1.</source>
            <translation>Wrote %1.</translation>
        </message>
        <message>
            <source>Examples without overlay: %1 (first: %2)</source>
            <translation>Examples without overlay: %1 (first: %2)</translation>
        </message>
        <message>
            <source>Cancelled: no report was written.</source>
            <translation>Cancelled: no report was written.</translation>
        </message>
        <message>
            <source>%1 and %2</source>
            <translation>%1 and %2</translation>
        </message>
    </context>
    <context>
        <name>mddui::ReportJob</name>
        <message>
            <source>Choose where to write the report: no HTML or PDF file was given.</source>
            <translation>Choose where to write the report: no HTML or PDF file was given.</translation>
        </message>
        <message>
            <source>Cannot write the report '%1': the folder '%2' does not exist. Choose an existing folder.</source>
            <translation>Cannot write the report '%1': the folder '%2' does not exist. Choose an existing folder.</translation>
        </message>
        <message>
            <source>Cannot write the report '%1': it is a folder. Choose a file name.</source>
            <translation>Cannot write the report '%1': it is a folder. Choose a file name.</translation>
        </message>
        <message>
            <source>Drawing the charts...</source>
            <translation>Drawing the charts...</translation>
        </message>
        <message>
            <source>Drawing the example overlays...</source>
            <translation>Drawing the example overlays...</translation>
        </message>
        <message>
            <source>Writing the report...</source>
            <translation>Writing the report...</translation>
        </message>
        <message>
            <source>Cannot write the report '%1': %2</source>
            <translation>Cannot write the report '%1': %2</translation>
        </message>
    </context>
    <context>
        <name>mddui::ResultsPanel</name>
        <message>
            <source>Choose a model and the images to run it on, then press Run.</source>
            <translation>Choose a model and the images to run it on, then press Run.</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Export CSV…</translation>
        </message>
        <message>
            <source>Save every row as a CSV file</source>
            <translation>Save every row as a CSV file</translation>
        </message>
        <message>
            <source>Export JSON…</source>
            <translation>Export JSON…</translation>
        </message>
        <message>
            <source>Save every row and the metrics as a JSON file</source>
            <translation>Save every row and the metrics as a JSON file</translation>
        </message>
        <message>
            <source>Export overlays…</source>
            <translation>Export overlays…</translation>
        </message>
        <message>
            <source>Write one heatmap overlay PNG per image into a folder</source>
            <translation>Write one heatmap overlay PNG per image into a folder</translation>
        </message>
        <message>
            <source>Choose a model file first (Browse…).</source>
            <translation>Choose a model file first (Browse…).</translation>
        </message>
        <message>
            <source>The project has no test images: add a dataset with a test split, or run the model on a folder.</source>
            <translation>The project has no test images: add a dataset with a test split, or run the model on a folder.</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>Running</translation>
        </message>
        <message>
            <source>Choose a folder of images first (Browse…).</source>
            <translation>Choose a folder of images first (Browse…).</translation>
        </message>
        <message>
            <source>Cancelling after the current batch…</source>
            <translation>Cancelling after the current batch…</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Failed</translation>
        </message>
        <message numerus="yes">
            <source>%n images in %1 s: %2 defect, %3 needs review, %4 good</source>
            <translation>
                <numerusform>%n images in %1 s: %2 defect, %3 needs review, %4 good</numerusform>
                <numerusform>%n images in %1 s: %2 defect, %3 needs review, %4 good</numerusform>
            </translation>
        </message>
        <message>
            <source>'%1' has no result: %2</source>
            <translation>'%1' has no result: %2</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n rows to '%1'.</source>
            <translation>
                <numerusform>Wrote %n rows to '%1'.</numerusform>
                <numerusform>Wrote %n rows to '%1'.</numerusform>
            </translation>
        </message>
        <message>
            <source>Exporting overlays</source>
            <translation>Exporting overlays</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n overlay images.</source>
            <translation>
                <numerusform>Wrote %n overlay images.</numerusform>
                <numerusform>Wrote %n overlay images.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export results as CSV</source>
            <translation>Export results as CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Export failed</translation>
        </message>
        <message>
            <source>Export results as JSON</source>
            <translation>Export results as JSON</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>JSON files (*.json)</translation>
        </message>
        <message>
            <source>Choose a folder for the overlay images</source>
            <translation>Choose a folder for the overlay images</translation>
        </message>
        <message numerus="yes">
            <source>%1; %n could not be read (their rows say why)</source>
            <translation>
                <numerusform>%1; %n could not be read (their rows say why)</numerusform>
                <numerusform>%1; %n could not be read (their rows say why)</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 — cancelled: the results cover the images done.</source>
            <translation>%1 — cancelled: the results cover the images done.</translation>
        </message>
        <message>
            <source>%1 Cancelled before the end.</source>
            <translation>%1 Cancelled before the end.</translation>
        </message>
        <message numerus="yes">
            <source>%1 %n failed; the first: %2</source>
            <translation>
                <numerusform>%1 %n failed; the first: %2</numerusform>
                <numerusform>%1 %n failed; the first: %2</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>mddui::ResultsTableModel</name>
        <message>
            <source>Defect</source>
            <translation>Defect</translation>
        </message>
        <message>
            <source>Needs review</source>
            <translation>Needs review</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>Good</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>good</source>
            <translation>good</translation>
        </message>
        <message>
            <source>defect</source>
            <translation>defect</translation>
        </message>
        <message>
            <source>defect (%1)</source>
            <translation>defect (%1)</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Normalised</source>
            <translation>Normalised</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Verdict</translation>
        </message>
        <message>
            <source>Truth</source>
            <translation>Truth</translation>
        </message>
    </context>
    <context>
        <name>mddui::ReviewImageLabel</name>
        <message>
            <source>Loading %1…</source>
            <translation>Loading %1…</translation>
        </message>
        <message>
            <source>Cannot show this image: %1</source>
            <translation>Cannot show this image: %1</translation>
        </message>
    </context>
    <context>
        <name>mddui::ReviewPanel</name>
        <message>
            <source>Run a model on images (Results page) to fill the review queue.</source>
            <translation>Run a model on images (Results page) to fill the review queue.</translation>
        </message>
        <message>
            <source>No results to review: run a model on images first.</source>
            <translation>No results to review: run a model on images first.</translation>
        </message>
        <message numerus="yes">
            <source>%n image(s) to review, most uncertain first.</source>
            <translation>
                <numerusform>%n image to review, most uncertain first.</numerusform>
                <numerusform>%n images to review, most uncertain first.</numerusform>
            </translation>
        </message>
        <message>
            <source>Unknown review decision "%1"; use good or defect.</source>
            <translation>Unknown review decision "%1"; use good or defect.</translation>
        </message>
        <message>
            <source>There is no image to decide on: run a model on images first.</source>
            <translation>There is no image to decide on: run a model on images first.</translation>
        </message>
        <message>
            <source>%1 decided %2. Every image in the queue is reviewed.</source>
            <translation>%1 decided %2. Every image in the queue is reviewed.</translation>
        </message>
        <message>
            <source>%1 decided %2 and stored.</source>
            <translation>%1 decided %2 and stored.</translation>
        </message>
        <message>
            <source>%1 needs review: the model gives no verdict to accept. Press G (good) or D (defect).</source>
            <translation>%1 needs review: the model gives no verdict to accept. Press G (good) or D (defect).</translation>
        </message>
        <message>
            <source>Undone: %1 is %2 again.</source>
            <translation>Undone: %1 is %2 again.</translation>
        </message>
        <message>
            <source>Undone: %1 is unreviewed again.</source>
            <translation>Undone: %1 is unreviewed again.</translation>
        </message>
        <message>
            <source>Select an image in the queue.</source>
            <translation>Select an image in the queue.</translation>
        </message>
        <message>
            <source>No results to review yet.</source>
            <translation>No results to review yet.</translation>
        </message>
        <message>
            <source>Cannot show the heatmap of %1: %2 The plain image is shown instead.</source>
            <translation>Cannot show the heatmap of %1: %2 The plain image is shown instead.</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n image(s) with their decisions to %1.</source>
            <translation>
                <numerusform>Wrote %n image with their decisions to %1.</numerusform>
                <numerusform>Wrote %n images with their decisions to %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export review decisions</source>
            <translation>Export review decisions</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Export failed</translation>
        </message>
        <message>
            <source>No image reviewed as good is waiting to be added to training. Confirm good images with G first.</source>
            <translation>No image reviewed as good is waiting to be added to training. Confirm good images with G first.</translation>
        </message>
        <message numerus="yes">
            <source>%n image(s) reviewed as good will be added to the next training run.</source>
            <translation>
                <numerusform>%n image reviewed as good will be added to the next training run.</numerusform>
                <numerusform>%n images reviewed as good will be added to the next training run.</numerusform>
            </translation>
        </message>
        <message>
            <source>Review queue — most uncertain first</source>
            <translation>Review queue — most uncertain first</translation>
        </message>
        <message>
            <source>Unreviewed only</source>
            <translation>Unreviewed only</translation>
        </message>
        <message>
            <source>Hide the images that already have a decision</source>
            <translation>Hide the images that already have a decision</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Export CSV…</translation>
        </message>
        <message>
            <source>Save every queued image with its verdict, decision and note as CSV</source>
            <translation>Save every queued image with its verdict, decision and note as CSV</translation>
        </message>
        <message>
            <source>Add reviewed good to training</source>
            <translation>Add reviewed good to training</translation>
        </message>
        <message>
            <source>Hand the images you confirmed as good to the next training run</source>
            <translation>Hand the images you confirmed as good to the next training run</translation>
        </message>
        <message>
            <source>Optional note, stored with the decision (Esc returns to the queue)</source>
            <translation>Optional note, stored with the decision (Esc returns to the queue)</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Note:</translation>
        </message>
        <message>
            <source>Good (G)</source>
            <translation>Good (G)</translation>
        </message>
        <message>
            <source>Decide: this image is good, then go to the next unreviewed one</source>
            <translation>Decide: this image is good, then go to the next unreviewed one</translation>
        </message>
        <message>
            <source>Defect (D)</source>
            <translation>Defect (D)</translation>
        </message>
        <message>
            <source>Decide: this image is defective, then go to the next unreviewed one</source>
            <translation>Decide: this image is defective, then go to the next unreviewed one</translation>
        </message>
        <message>
            <source>Accept verdict (Enter)</source>
            <translation>Accept verdict (Enter)</translation>
        </message>
        <message>
            <source>Take the model's verdict as the decision (not for needs review)</source>
            <translation>Take the model's verdict as the decision (not for needs review)</translation>
        </message>
        <message>
            <source>Undo (Ctrl+Z)</source>
            <translation>Undo (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Undo the last decision; press again to go further back</source>
            <translation>Undo the last decision; press again to go further back</translation>
        </message>
        <message>
            <source>Previous (K)</source>
            <translation>Previous (K)</translation>
        </message>
        <message>
            <source>Go to the previous image in the queue (K or Up)</source>
            <translation>Go to the previous image in the queue (K or Up)</translation>
        </message>
        <message>
            <source>Next (J)</source>
            <translation>Next (J)</translation>
        </message>
        <message>
            <source>Go to the next image in the queue (J or Down)</source>
            <translation>Go to the next image in the queue (J or Down)</translation>
        </message>
        <message>
            <source>No image selected</source>
            <translation>No image selected</translation>
        </message>
        <message>
            <source>Your decision: &lt;b&gt;%1&lt;/b&gt;</source>
            <translation>Your decision: &lt;b&gt;%1&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Not reviewed yet</source>
            <translation>Not reviewed yet</translation>
        </message>
        <message>
            <source>score %1</source>
            <translation>score %1</translation>
        </message>
        <message>
            <source>%1 · class %2 · raw score %3</source>
            <translation>%1 · class %2 · raw score %3</translation>
        </message>
        <message>
            <source>%1, score %2, class %3, decision: %4</source>
            <translation>%1, score %2, class %3, decision: %4</translation>
        </message>
        <message>
            <source>not reviewed</source>
            <translation>not reviewed</translation>
        </message>
        <message>
            <source>%1 of %2 reviewed</source>
            <translation>%1 of %2 reviewed</translation>
        </message>
    </context>
    <context>
        <name>mddui::ReviewQueueModel</name>
        <message>
            <source>Good</source>
            <translation>Good</translation>
        </message>
        <message>
            <source>Defect</source>
            <translation>Defect</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Model verdict</source>
            <translation>Model verdict</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Operator score %1 (raw %2); %3 is the class's threshold</source>
            <translation>Operator score %1 (raw %2); %3 is the class's threshold</translation>
        </message>
    </context>
    <context>
        <name>mddui::RunControls</name>
        <message>
            <source>Model file (.mdda)</source>
            <translation>Model file (.mdda)</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <source>Choose a model file</source>
            <translation>Choose a model file</translation>
        </message>
        <message>
            <source>Test split of the project's datasets</source>
            <translation>Test split of the project's datasets</translation>
        </message>
        <message>
            <source>A folder of images</source>
            <translation>A folder of images</translation>
        </message>
        <message>
            <source>Folder (searched with its subfolders)</source>
            <translation>Folder (searched with its subfolders)</translation>
        </message>
        <message>
            <source>Choose a folder of images</source>
            <translation>Choose a folder of images</translation>
        </message>
        <message>
            <source>The images' product class; Automatic lets the model recognise it</source>
            <translation>The images' product class; Automatic lets the model recognise it</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automatic</translation>
        </message>
        <message>
            <source>C&amp;lass:</source>
            <translation>C&amp;lass:</translation>
        </message>
        <message>
            <source>&amp;Run</source>
            <translation>&amp;Run</translation>
        </message>
        <message>
            <source>Run the model on the chosen images</source>
            <translation>Run the model on the chosen images</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Stop after the current batch; the images done are kept</source>
            <translation>Stop after the current batch; the images done are kept</translation>
        </message>
        <message>
            <source>&amp;Model:</source>
            <translation>&amp;Model:</translation>
        </message>
        <message>
            <source>&amp;Images:</source>
            <translation>&amp;Images:</translation>
        </message>
        <message numerus="yes">
            <source>Test split of the project's datasets (%n images)</source>
            <translation>
                <numerusform>Test split of the project's datasets (%n images)</numerusform>
                <numerusform>Test split of the project's datasets (%n images)</numerusform>
            </translation>
        </message>
        <message>
            <source>%1…</source>
            <translation>%1…</translation>
        </message>
        <message>
            <source>%1: loading the model and the first images…</source>
            <translation>%1: loading the model and the first images…</translation>
        </message>
        <message>
            <source>%1 / %2 images · ETA %3</source>
            <translation>%1 / %2 images · ETA %3</translation>
        </message>
        <message>
            <source>The model file '%1' does not exist: choose another model file.</source>
            <translation>The model file '%1' does not exist: choose another model file.</translation>
        </message>
        <message>
            <source>Open a model file</source>
            <translation>Open a model file</translation>
        </message>
        <message>
            <source>MDD-Net models (*.mdda);;All files (*)</source>
            <translation>MDD-Net models (*.mdda);;All files (*)</translation>
        </message>
        <message>
            <source>Working</source>
            <translation>Working</translation>
        </message>
    </context>
    <context>
        <name>mddui::SampleListModel</name>
        <message>
            <source>%1
Class: %2
Split: %3</source>
            <translation>%1
Class: %2
Split: %3</translation>
        </message>
        <message>
            <source>
Defect type: %1</source>
            <translation>
Defect type: %1</translation>
        </message>
        <message>
            <source>
Verdict: %1</source>
            <translation>
Verdict: %1</translation>
        </message>
        <message>
            <source>
Score: %1</source>
            <translation>
Score: %1</translation>
        </message>
        <message>
            <source>
Reviewed as: %1</source>
            <translation>
Reviewed as: %1</translation>
        </message>
        <message>
            <source>
Cannot be read: %1</source>
            <translation>
Cannot be read: %1</translation>
        </message>
        <message>
            <source>train</source>
            <translation>train</translation>
        </message>
        <message>
            <source>validation</source>
            <translation>validation</translation>
        </message>
        <message>
            <source>test</source>
            <translation>test</translation>
        </message>
        <message>
            <source>good</source>
            <translation>good</translation>
        </message>
        <message>
            <source>defect</source>
            <translation>defect</translation>
        </message>
        <message>
            <source>needs review</source>
            <translation>needs review</translation>
        </message>
    </context>
    <context>
        <name>mddui::ScoreHistogram</name>
        <message>
            <source>raw image score</source>
            <translation>raw image score</translation>
        </message>
        <message>
            <source>images</source>
            <translation>images</translation>
        </message>
        <message>
            <source>normal (%1)</source>
            <translation>normal (%1)</translation>
        </message>
        <message>
            <source>anomalous (%1)</source>
            <translation>anomalous (%1)</translation>
        </message>
        <message>
            <source>unlabelled (%1)</source>
            <translation>unlabelled (%1)</translation>
        </message>
    </context>
    <context>
        <name>mddui::ScreenshotTour</name>
        <message>
            <source>Cannot create the screenshot folder '%1': choose a folder you can write to.</source>
            <translation>Cannot create the screenshot folder '%1': choose a folder you can write to.</translation>
        </message>
        <message>
            <source>Cannot write the screenshot '%1': check the free space and the folder's permissions.</source>
            <translation>Cannot write the screenshot '%1': check the free space and the folder's permissions.</translation>
        </message>
    </context>
    <context>
        <name>mddui::SynthesisSettings</name>
        <message>
            <source>Texture folder</source>
            <translation>Texture folder</translation>
        </message>
        <message>
            <source>Follow the data (grey on grey images)</source>
            <translation>Follow the data (grey on grey images)</translation>
        </message>
        <message>
            <source>Grey</source>
            <translation>Grey</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Colour</translation>
        </message>
        <message>
            <source>Grey training images get grey anomalies, so that colour alone never marks a defect.</source>
            <translation>Grey training images get grey anomalies, so that colour alone never marks a defect.</translation>
        </message>
        <message>
            <source>Anomaly c&amp;olour:</source>
            <translation>Anomaly c&amp;olour:</translation>
        </message>
        <message>
            <source>Share of training images that get a synthetic anomaly.</source>
            <translation>Share of training images that get a synthetic anomaly.</translation>
        </message>
        <message>
            <source>Anomal&amp;y share:</source>
            <translation>Anomal&amp;y share:</translation>
        </message>
        <message>
            <source>Up to this share of the original stays visible under the painted texture.</source>
            <translation>Up to this share of the original stays visible under the painted texture.</translation>
        </message>
        <message>
            <source>&amp;Blend up to:</source>
            <translation>&amp;Blend up to:</translation>
        </message>
        <message>
            <source>Perlin noise periods per image side: larger powers paint finer speckle.</source>
            <translation>Perlin noise periods per image side: larger powers paint finer speckle.</translation>
        </message>
        <message>
            <source>Noise &amp;periods:</source>
            <translation>Noise &amp;periods:</translation>
        </message>
        <message>
            <source>Noise above this value is painted: higher paints less.</source>
            <translation>Noise above this value is painted: higher paints less.</translation>
        </message>
        <message>
            <source>Noise t&amp;hreshold:</source>
            <translation>Noise t&amp;hreshold:</translation>
        </message>
        <message>
            <source>Rotate anomaly shapes</source>
            <translation>Rotate anomaly shapes</translation>
        </message>
        <message>
            <source>Vary texture colour and contrast</source>
            <translation>Vary texture colour and contrast</translation>
        </message>
        <message>
            <source>Paint on the object only</source>
            <translation>Paint on the object only</translation>
        </message>
        <message>
            <source>For object classes: estimate each image's object and keep anomalies on it.</source>
            <translation>For object classes: estimate each image's object and keep anomalies on it.</translation>
        </message>
        <message>
            <source>Use installed textures (GIMP patterns)</source>
            <translation>Use installed textures (GIMP patterns)</translation>
        </message>
        <message>
            <source>Use shuffled crops of the training images</source>
            <translation>Use shuffled crops of the training images</translation>
        </message>
        <message>
            <source>optional: a folder of your own textures</source>
            <translation>optional: a folder of your own textures</translation>
        </message>
        <message>
            <source>Te&amp;xture folder:</source>
            <translation>Te&amp;xture folder:</translation>
        </message>
    </context>
    <context>
        <name>mddui::ThresholdFit</name>
        <message>
            <source>F1-optimal needs both normal and anomalous images with ground truth in these results; use max normal score or target FPR instead</source>
            <translation>F1-optimal needs both normal and anomalous images with ground truth in these results; use max normal score or target FPR instead</translation>
        </message>
        <message>
            <source>Needs normal images with ground truth in these results</source>
            <translation>Needs normal images with ground truth in these results</translation>
        </message>
    </context>
    <context>
        <name>mddui::ThresholdWorkbench</name>
        <message>
            <source>The model's thresholds of %1 are invalid, so those rows keep their verdicts; retrain or refit the class.</source>
            <translation>The model's thresholds of %1 are invalid, so those rows keep their verdicts; retrain or refit the class.</translation>
        </message>
        <message>
            <source>Could not save the thresholds: the model file %1 does not exist. Choose the model these results came from.</source>
            <translation>Could not save the thresholds: the model file %1 does not exist. Choose the model these results came from.</translation>
        </message>
        <message>
            <source>Could not save the thresholds into %1: %2. The file was left as it was; check that it is the model these results came from and can be written.</source>
            <translation>Could not save the thresholds into %1: %2. The file was left as it was; check that it is the model these results came from and can be written.</translation>
        </message>
        <message>
            <source>Could not fit the threshold: %1</source>
            <translation>Could not fit the threshold: %1</translation>
        </message>
        <message>
            <source>Fitted on this run's %1 normal and %2 anomalous images of %3.</source>
            <translation>Fitted on this run's %1 normal and %2 anomalous images of %3.</translation>
        </message>
        <message>
            <source>Restored the model's thresholds.</source>
            <translation>Restored the model's thresholds.</translation>
        </message>
        <message>
            <source>These thresholds cannot be used: %1</source>
            <translation>These thresholds cannot be used: %1</translation>
        </message>
        <message>
            <source>F1-optimal</source>
            <translation>F1-optimal</translation>
        </message>
        <message>
            <source>Max normal score</source>
            <translation>Max normal score</translation>
        </message>
        <message>
            <source>Target FPR</source>
            <translation>Target FPR</translation>
        </message>
        <message>
            <source>Manual</source>
            <translation>Manual</translation>
        </message>
        <message>
            <source>Choosing a method fits the threshold on this run's scores of the class (images with ground truth)</source>
            <translation>Choosing a method fits the threshold on this run's scores of the class (images with ground truth)</translation>
        </message>
        <message>
            <source> %</source>
            <translation> %</translation>
        </message>
        <message>
            <source>At most this share of normal images is called a defect</source>
            <translation>At most this share of normal images is called a defect</translation>
        </message>
        <message>
            <source>Raw image score: a score above it is a defect</source>
            <translation>Raw image score: a score above it is a defect</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>Threshold</translation>
        </message>
        <message>
            <source>Method:</source>
            <translation>Method:</translation>
        </message>
        <message>
            <source>Target FPR:</source>
            <translation>Target FPR:</translation>
        </message>
        <message>
            <source>Threshold t:</source>
            <translation>Threshold t:</translation>
        </message>
        <message>
            <source>Needs-review band</source>
            <translation>Needs-review band</translation>
        </message>
        <message>
            <source>Scores above T2 are defects, between T1 and T2 need review, at or below T1 are good</source>
            <translation>Scores above T2 are defects, between T1 and T2 need review, at or below T1 are good</translation>
        </message>
        <message>
            <source>Uncertain band</source>
            <translation>Uncertain band</translation>
        </message>
        <message>
            <source>T1 (review above):</source>
            <translation>T1 (review above):</translation>
        </message>
        <message>
            <source>T2 (defect above):</source>
            <translation>T2 (defect above):</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Revert</translation>
        </message>
        <message>
            <source>Restore the thresholds the model was loaded with</source>
            <translation>Restore the thresholds the model was loaded with</translation>
        </message>
        <message>
            <source>Save to model</source>
            <translation>Save to model</translation>
        </message>
        <message>
            <source>Write every class's thresholds into the model file</source>
            <translation>Write every class's thresholds into the model file</translation>
        </message>
        <message>
            <source>Class:</source>
            <translation>Class:</translation>
        </message>
        <message>
            <source>No thresholds to tune: run a model on images first.</source>
            <translation>No thresholds to tune: run a model on images first.</translation>
        </message>
        <message>
            <source>This run has no results of class %1.</source>
            <translation>This run has no results of class %1.</translation>
        </message>
        <message>
            <source>%1 images: %2 good, %3 need review, %4 defect</source>
            <translation>%1 images: %2 good, %3 need review, %4 defect</translation>
        </message>
        <message>
            <source>%1 images: %2 good, %3 defect</source>
            <translation>%1 images: %2 good, %3 defect</translation>
        </message>
    </context>
    <context>
        <name>mddui::TrainingForm</name>
        <message>
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>The pretrained teacher network whose features MDD-Net restores.</source>
            <translation>The pretrained teacher network whose features MDD-Net restores.</translation>
        </message>
        <message>
            <source>&amp;Backbone:</source>
            <translation>&amp;Backbone:</translation>
        </message>
        <message>
            <source> px</source>
            <translation> px</translation>
        </message>
        <message>
            <source>Side of the square network input; larger finds smaller defects but trains slower.</source>
            <translation>Side of the square network input; larger finds smaller defects but trains slower.</translation>
        </message>
        <message>
            <source>&amp;Image size:</source>
            <translation>&amp;Image size:</translation>
        </message>
        <message>
            <source>Passes over the training images (ignored when iterations are set).</source>
            <translation>Passes over the training images (ignored when iterations are set).</translation>
        </message>
        <message>
            <source>&amp;Epochs:</source>
            <translation>&amp;Epochs:</translation>
        </message>
        <message>
            <source>Images per step; lower it when memory runs out.</source>
            <translation>Images per step; lower it when memory runs out.</translation>
        </message>
        <message>
            <source>Batch si&amp;ze:</source>
            <translation>Batch si&amp;ze:</translation>
        </message>
        <message>
            <source>&amp;Device:</source>
            <translation>&amp;Device:</translation>
        </message>
        <message>
            <source>Advanced settings</source>
            <translation>Advanced settings</translation>
        </message>
        <message>
            <source>use epochs</source>
            <translation>use epochs</translation>
        </message>
        <message>
            <source>Train exactly this many steps; 0 trains the epochs above.</source>
            <translation>Train exactly this many steps; 0 trains the epochs above.</translation>
        </message>
        <message>
            <source>I&amp;terations:</source>
            <translation>I&amp;terations:</translation>
        </message>
        <message>
            <source>At batch 16; scaled with the batch size.</source>
            <translation>At batch 16; scaled with the batch size.</translation>
        </message>
        <message>
            <source>&amp;Learning rate:</source>
            <translation>&amp;Learning rate:</translation>
        </message>
        <message>
            <source>The same seed and settings train the same model.</source>
            <translation>The same seed and settings train the same model.</translation>
        </message>
        <message>
            <source>&amp;Seed:</source>
            <translation>&amp;Seed:</translation>
        </message>
        <message>
            <source>Share of each class's normal training images kept aside to fit its thresholds; changing it reloads the dataset.</source>
            <translation>Share of each class's normal training images kept aside to fit its thresholds; changing it reloads the dataset.</translation>
        </message>
        <message>
            <source>&amp;Validation fraction:</source>
            <translation>&amp;Validation fraction:</translation>
        </message>
        <message>
            <source>Letterbox (keep aspect)</source>
            <translation>Letterbox (keep aspect)</translation>
        </message>
        <message>
            <source>Squash to square</source>
            <translation>Squash to square</translation>
        </message>
        <message>
            <source>Centre crop</source>
            <translation>Centre crop</translation>
        </message>
        <message>
            <source>&amp;Aspect handling:</source>
            <translation>&amp;Aspect handling:</translation>
        </message>
        <message>
            <source>Class-aware memory (CMM)</source>
            <translation>Class-aware memory (CMM)</translation>
        </message>
        <message>
            <source>Per-class memory banks on the restoration path.</source>
            <translation>Per-class memory banks on the restoration path.</translation>
        </message>
        <message>
            <source>Teacher vs restoration (A_TR)</source>
            <translation>Teacher vs restoration (A_TR)</translation>
        </message>
        <message>
            <source>Fused</source>
            <translation>Fused</translation>
        </message>
        <message>
            <source>Restoration vs identity (A_RI)</source>
            <translation>Restoration vs identity (A_RI)</translation>
        </message>
        <message>
            <source>Anomaly &amp;map:</source>
            <translation>Anomaly &amp;map:</translation>
        </message>
        <message>
            <source>only on cancel</source>
            <translation>only on cancel</translation>
        </message>
        <message>
            <source> steps</source>
            <translation> steps</translation>
        </message>
        <message>
            <source>&amp;Checkpoint every:</source>
            <translation>&amp;Checkpoint every:</translation>
        </message>
        <message>
            <source>%1 (weights not installed)</source>
            <translation>%1 (weights not installed)</translation>
        </message>
        <message>
            <source>Auto (GPU)</source>
            <translation>Auto (GPU)</translation>
        </message>
        <message>
            <source>Auto (CPU)</source>
            <translation>Auto (CPU)</translation>
        </message>
        <message>
            <source>CPU</source>
            <translation>CPU</translation>
        </message>
        <message>
            <source>CUDA %1</source>
            <translation>CUDA %1</translation>
        </message>
        <message>
            <source>CUDA %1: %2</source>
            <translation>CUDA %1: %2</translation>
        </message>
        <message>
            <source>Synthetic anomalies</source>
            <translation>Synthetic anomalies</translation>
        </message>
    </context>
    <context>
        <name>mddui::TrainingJob</name>
        <message>
            <source>No model file is chosen: set where the trained model is saved.</source>
            <translation>No model file is chosen: set where the trained model is saved.</translation>
        </message>
        <message>
            <source>The folder %1 for the model file does not exist: choose another location for the model.</source>
            <translation>The folder %1 for the model file does not exist: choose another location for the model.</translation>
        </message>
        <message>
            <source>The dataset has no normal training images: load a dataset with train/good images (or a good/ folder) first.</source>
            <translation>The dataset has no normal training images: load a dataset with train/good images (or a good/ folder) first.</translation>
        </message>
        <message>
            <source>Class '%1' has no validation images, so its thresholds cannot be fitted after training: raise the validation fraction (or add normal training images) and reload the dataset.</source>
            <translation>Class '%1' has no validation images, so its thresholds cannot be fitted after training: raise the validation fraction (or add normal training images) and reload the dataset.</translation>
        </message>
        <message>
            <source>The checkpoint %1 does not exist: start a new training instead.</source>
            <translation>The checkpoint %1 does not exist: start a new training instead.</translation>
        </message>
        <message>
            <source>Training failed: %1</source>
            <translation>Training failed: %1</translation>
        </message>
        <message>
            <source>Training failed with an unknown error.</source>
            <translation>Training failed with an unknown error.</translation>
        </message>
        <message>
            <source>%1 training on %2 images of %3 classes: backbone %4, %5 px, batch %6, device %7.</source>
            <translation>%1 training on %2 images of %3 classes: backbone %4, %5 px, batch %6, device %7.</translation>
        </message>
        <message>
            <source>Starting</source>
            <translation>Starting</translation>
        </message>
        <message>
            <source>Resuming</source>
            <translation>Resuming</translation>
        </message>
        <message>
            <source>Cancelled after step %1 of %2; the checkpoint %3 lets Resume continue.</source>
            <translation>Cancelled after step %1 of %2; the checkpoint %3 lets Resume continue.</translation>
        </message>
        <message>
            <source>Fitting each class's thresholds on %1 validation images…</source>
            <translation>Fitting each class's thresholds on %1 validation images…</translation>
        </message>
        <message>
            <source>Cancelled while fitting thresholds: the trained model was not saved.</source>
            <translation>Cancelled while fitting thresholds: the trained model was not saved.</translation>
        </message>
        <message>
            <source>Model saved to %1.</source>
            <translation>Model saved to %1.</translation>
        </message>
    </context>
    <context>
        <name>mddui::TrainingPanel</name>
        <message>
            <source>No dataset loaded.</source>
            <translation>No dataset loaded.</translation>
        </message>
        <message>
            <source>&amp;Start training</source>
            <translation>&amp;Start training</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Cancel</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>&amp;Resume</translation>
        </message>
        <message>
            <source>Continue the cancelled run from its checkpoint.</source>
            <translation>Continue the cancelled run from its checkpoint.</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Not started</translation>
        </message>
        <message>
            <source>Training messages appear here.</source>
            <translation>Training messages appear here.</translation>
        </message>
        <message>
            <source>Dataset: 1 class, %1 training and %2 validation images.</source>
            <translation>Dataset: 1 class, %1 training and %2 validation images.</translation>
        </message>
        <message>
            <source>Dataset: %1 classes, %2 training and %3 validation images.</source>
            <translation>Dataset: %1 classes, %2 training and %3 validation images.</translation>
        </message>
        <message>
            <source>There is no checkpoint %1 to resume: start a new training.</source>
            <translation>There is no checkpoint %1 to resume: start a new training.</translation>
        </message>
        <message>
            <source>Resuming with the settings of the cancelled run.</source>
            <translation>Resuming with the settings of the cancelled run.</translation>
        </message>
        <message>
            <source>Cancelling after the current step…</source>
            <translation>Cancelling after the current step…</translation>
        </message>
        <message>
            <source>Preparing…</source>
            <translation>Preparing…</translation>
        </message>
        <message>
            <source>Finished: %1 steps in %2</source>
            <translation>Finished: %1 steps in %2</translation>
        </message>
        <message>
            <source>Cancelled at step %1 / %2</source>
            <translation>Cancelled at step %1 / %2</translation>
        </message>
        <message>
            <source>Failed: see the log</source>
            <translation>Failed: see the log</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Load a dataset with normal training images first.</source>
            <translation>Load a dataset with normal training images first.</translation>
        </message>
        <message>
            <source>Choose where the model file is saved first.</source>
            <translation>Choose where the model file is saved first.</translation>
        </message>
        <message>
            <source>Train a new model from the start.</source>
            <translation>Train a new model from the start.</translation>
        </message>
    </context>
    <context>
        <name>mddui::ViewerImageLoader</name>
        <message>
            <source>the model cannot tell this image's class: choose a class</source>
            <translation>the model cannot tell this image's class: choose a class</translation>
        </message>
        <message>
            <source>Cannot show '%1': %2</source>
            <translation>Cannot show '%1': %2</translation>
        </message>
    </context>
    <context>
        <name>mddui::WorkbenchMetricsTable</name>
        <message>
            <source>Metric</source>
            <translation>Metric</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>I-AUROC</source>
            <translation>I-AUROC</translation>
        </message>
        <message>
            <source>I-AP</source>
            <translation>I-AP</translation>
        </message>
        <message>
            <source>I-F1max</source>
            <translation>I-F1max</translation>
        </message>
        <message>
            <source>P-AUROC</source>
            <translation>P-AUROC</translation>
        </message>
        <message>
            <source>P-AP</source>
            <translation>P-AP</translation>
        </message>
        <message>
            <source>P-F1max</source>
            <translation>P-F1max</translation>
        </message>
        <message>
            <source>AU-PRO</source>
            <translation>AU-PRO</translation>
        </message>
        <message>
            <source>Precision</source>
            <translation>Precision</translation>
        </message>
        <message>
            <source>Recall</source>
            <translation>Recall</translation>
        </message>
        <message>
            <source>F1</source>
            <translation>F1</translation>
        </message>
        <message>
            <source>FPR</source>
            <translation>FPR</translation>
        </message>
        <message>
            <source>At the current threshold, live</source>
            <translation>At the current threshold, live</translation>
        </message>
        <message>
            <source>From the run, independent of the threshold</source>
            <translation>From the run, independent of the threshold</translation>
        </message>
    </context>
</TS>
