<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AtomicWrite</name>
    <message>
        <source>Cannot write &apos;%1&apos;: %2. Choose an existing folder you can write to.</source>
        <translation>„%1“ kann nicht geschrieben werden: %2. Wählen Sie einen vorhandenen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>the folder &apos;%1&apos; does not exist</source>
        <translation>der Ordner „%1“ existiert nicht</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: the disk is full. Free space on it or choose another folder, then save again; the previous file is unchanged.</source>
        <translation>„%1“ kann nicht geschrieben werden: Der Datenträger ist voll. Geben Sie darauf Speicherplatz frei oder wählen Sie einen anderen Ordner und speichern Sie dann erneut; die vorherige Datei bleibt unverändert.</translation>
    </message>
</context>
<context>
    <name>InferenceRuns</name>
    <message>
        <source>The model file &apos;%1&apos; has no fitted thresholds for class &apos;%2&apos;: fit them (mddnet thresholds fit) or train the model to the end.</source>
        <translation>Die Modelldatei „%1“ enthält keine ermittelten Schwellenwerte für die Klasse „%2“: Ermitteln Sie sie (mddnet thresholds fit) oder trainieren Sie das Modell bis zum Ende.</translation>
    </message>
    <message>
        <source>The dataset&apos;s %1 split has no images of the model&apos;s classes (%2): load a dataset of those classes or choose another model.</source>
        <translation>Die Teilmenge „%1“ des Datensatzes enthält keine Bilder der Klassen des Modells (%2): Laden Sie einen Datensatz mit diesen Klassen oder wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <source>Inference with &apos;%1&apos; failed: %2</source>
        <translation>Inferenz mit „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; does not exist: choose a folder of images.</source>
        <translation>Der Ordner „%1“ existiert nicht: Wählen Sie einen Ordner mit Bildern.</translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; holds no images (png, jpg, bmp, tif, webp): choose another folder.</source>
        <translation>Der Ordner „%1“ enthält keine Bilder (png, jpg, bmp, tif, webp): Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The model has no class &apos;%1&apos; (its classes: %2): choose one of those.</source>
        <translation>Das Modell hat keine Klasse „%1“ (seine Klassen: %2): Wählen Sie eine davon.</translation>
    </message>
    <message>
        <source>The model cannot tell this image&apos;s class: choose a class.</source>
        <translation>Das Modell kann die Klasse dieses Bildes nicht bestimmen: Wählen Sie eine Klasse.</translation>
    </message>
</context>
<context>
    <name>InspectorMain</name>
    <message>
        <source>MDD-Net Inspector: train one anomaly-detection model for many product classes, inspect heatmaps, tune thresholds and review verdicts.</source>
        <translation>MDD-Net Inspector: ein Anomalieerkennungsmodell für viele Produktklassen trainieren, Heatmaps ansehen, Schwellenwerte abstimmen und Bewertungen überprüfen.</translation>
    </message>
    <message>
        <source>An Inspector project (.mddproj) to open.</source>
        <translation>Ein zu öffnendes Inspector-Projekt (.mddproj).</translation>
    </message>
    <message>
        <source>[project]</source>
        <translation>[Projekt]</translation>
    </message>
    <message>
        <source>Open the demo project, preparing it first when needed (generated dataset, trained model, results).</source>
        <translation>Das Demo-Projekt öffnen und bei Bedarf zuerst vorbereiten (erzeugter Datensatz, trainiertes Modell, Ergebnisse).</translation>
    </message>
    <message>
        <source>Where the demo project lives (default: the application&apos;s data folder).</source>
        <translation>Speicherort des Demo-Projekts (Standard: der Datenordner der Anwendung).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>When the demo is ready, save a screenshot of each view into this folder.</source>
        <translation>Sobald die Demo bereit ist, einen Screenshot jeder Ansicht in diesem Ordner speichern.</translation>
    </message>
    <message>
        <source>Quit once the demo is ready (and the screenshots are saved): for machines without a display.</source>
        <translation>Beenden, sobald die Demo bereit ist (und die Screenshots gespeichert sind): für Rechner ohne Bildschirm.</translation>
    </message>
    <message>
        <source>training step %1 / %2, ETA %3 s</source>
        <translation>Trainingsschritt %1 / %2, Restzeit %3 s</translation>
    </message>
</context>
<context>
    <name>ProjectSchema</name>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>die Schemaversion kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>it was written by a newer MDD-Net Inspector (schema %1, this version reads up to %2). Update the application to open it.</source>
        <translation>es wurde von einem neueren MDD-Net Inspector geschrieben (Schema %1, diese Version liest bis %2). Aktualisieren Sie die Anwendung, um es zu öffnen.</translation>
    </message>
    <message>
        <source>cannot start the schema upgrade: %1</source>
        <translation>die Schemaaktualisierung kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>schema upgrade to version %1 failed: %2</source>
        <translation>Aktualisierung des Schemas auf Version %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>cannot record schema version %1: %2</source>
        <translation>Schemaversion %1 kann nicht eingetragen werden: %2</translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>Cannot open the project %1: %2</source>
        <translation>Das Projekt %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>(no file name)</source>
        <translation>(kein Dateiname)</translation>
    </message>
    <message>
        <source>no file name was given. Choose a .%1 file.</source>
        <translation>es wurde kein Dateiname angegeben. Wählen Sie eine .%1-Datei.</translation>
    </message>
    <message>
        <source>it is a folder. Choose a .%1 file or a new file name.</source>
        <translation>es ist ein Ordner. Wählen Sie eine .%1-Datei oder einen neuen Dateinamen.</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created. Choose a writable location.</source>
        <translation>der Ordner %1 kann nicht angelegt werden. Wählen Sie einen beschreibbaren Speicherort.</translation>
    </message>
    <message>
        <source>the file cannot be read (%1). Check its permissions.</source>
        <translation>die Datei kann nicht gelesen werden (%1). Prüfen Sie ihre Zugriffsrechte.</translation>
    </message>
    <message>
        <source>it is not an MDD-Net Inspector project (not a SQLite database). The file was left unchanged; open a .%1 file or create a new project.</source>
        <translation>es ist kein MDD-Net-Inspector-Projekt (keine SQLite-Datenbank). Die Datei wurde nicht verändert; öffnen Sie eine .%1-Datei oder legen Sie ein neues Projekt an.</translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is missing. Reinstall MDD-Net Inspector or install the Qt 6 SQLite plugin.</source>
        <translation>der Qt-SQLite-Treiber (QSQLITE) fehlt. Installieren Sie MDD-Net Inspector neu oder installieren Sie das SQLite-Plugin für Qt 6.</translation>
    </message>
    <message>
        <source>SQLite cannot open it (%1). Check the file&apos;s permissions and free disk space.</source>
        <translation>SQLite kann es nicht öffnen (%1). Prüfen Sie die Zugriffsrechte der Datei und den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>it cannot be read as a SQLite database (%1). The file was left unchanged; open a .%2 file or create a new project.</source>
        <translation>es kann nicht als SQLite-Datenbank gelesen werden (%1). Die Datei wurde nicht verändert; öffnen Sie eine .%2-Datei oder legen Sie ein neues Projekt an.</translation>
    </message>
    <message>
        <source>it is a SQLite database of another application, not an MDD-Net Inspector project. The file was left unchanged; open a .%1 file or create a new project.</source>
        <translation>es ist die SQLite-Datenbank einer anderen Anwendung, kein MDD-Net-Inspector-Projekt. Die Datei wurde nicht verändert; öffnen Sie eine .%1-Datei oder legen Sie ein neues Projekt an.</translation>
    </message>
    <message>
        <source>SQLite refused its settings (%1).</source>
        <translation>SQLite hat die Einstellungen abgelehnt (%1).</translation>
    </message>
    <message>
        <source>its folder does not support SQLite&apos;s write-ahead log (a network drive?). Move the project to a local disk.</source>
        <translation>sein Ordner unterstützt das Write-Ahead-Log von SQLite nicht (ein Netzlaufwerk?). Verschieben Sie das Projekt auf ein lokales Laufwerk.</translation>
    </message>
    <message>
        <source>Cannot create the models folder %1. Check the permissions of %2.</source>
        <translation>Der Modellordner %1 kann nicht angelegt werden. Prüfen Sie die Zugriffsrechte von %2.</translation>
    </message>
    <message>
        <source>no project is open</source>
        <translation>kein Projekt geöffnet</translation>
    </message>
    <message>
        <source>integrity check returned nothing</source>
        <translation>die Integritätsprüfung hat kein Ergebnis geliefert</translation>
    </message>
    <message>
        <source>%1 in the project %2: %3</source>
        <translation>%1 im Projekt %2: %3</translation>
    </message>
    <message>
        <source>No project is open. Open or create a project first.</source>
        <translation>Kein Projekt geöffnet. Öffnen Sie zuerst ein Projekt oder legen Sie eines an.</translation>
    </message>
    <message>
        <source>Cannot write to the project %1: %2. Close other programs that use it and try again.</source>
        <translation>In das Projekt %1 kann nicht geschrieben werden: %2. Schließen Sie andere Programme, die es verwenden, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot save to the project %1: %2. Check the free disk space and try again.</source>
        <translation>Im Projekt %1 kann nicht gespeichert werden: %2. Prüfen Sie den freien Speicherplatz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The dataset has no folder. Choose the dataset&apos;s root folder.</source>
        <translation>Der Datensatz hat keinen Ordner. Wählen Sie den Stammordner des Datensatzes.</translation>
    </message>
    <message>
        <source>Cannot look up the dataset %1</source>
        <translation>Der Datensatz %1 kann nicht nachgeschlagen werden</translation>
    </message>
    <message>
        <source>The dataset folder %1 is already in this project. Choose another folder, or remove the existing dataset first.</source>
        <translation>Der Datensatzordner %1 ist bereits in diesem Projekt. Wählen Sie einen anderen Ordner oder entfernen Sie zuerst den vorhandenen Datensatz.</translation>
    </message>
    <message>
        <source>Cannot add the dataset %1</source>
        <translation>Der Datensatz %1 kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Cannot remove dataset %1</source>
        <translation>Der Datensatz %1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>There is no dataset %1 in this project.</source>
        <translation>In diesem Projekt gibt es keinen Datensatz %1.</translation>
    </message>
    <message>
        <source>Cannot read the datasets</source>
        <translation>Die Datensätze können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Unknown training status &quot;%1&quot;; use running, finished, cancelled or failed.</source>
        <translation>Unbekannter Trainingsstatus „%1“; zulässig sind running, finished, cancelled oder failed.</translation>
    </message>
    <message>
        <source>Cannot add the training run</source>
        <translation>Der Trainingslauf kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Cannot update training run %1</source>
        <translation>Der Trainingslauf %1 kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>There is no training run %1 in this project.</source>
        <translation>In diesem Projekt gibt es keinen Trainingslauf %1.</translation>
    </message>
    <message>
        <source>Cannot read the training runs</source>
        <translation>Die Trainingsläufe können nicht gelesen werden</translation>
    </message>
    <message>
        <source>The model has no file path. Save the model file first.</source>
        <translation>Das Modell hat keinen Dateipfad. Speichern Sie zuerst die Modelldatei.</translation>
    </message>
    <message>
        <source>Cannot look up training run %1</source>
        <translation>Der Trainingslauf %1 kann nicht nachgeschlagen werden</translation>
    </message>
    <message>
        <source>The model %1 names training run %2, which is not in this project.</source>
        <translation>Das Modell %1 verweist auf den Trainingslauf %2, der nicht in diesem Projekt ist.</translation>
    </message>
    <message>
        <source>Cannot add the model %1</source>
        <translation>Das Modell %1 kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Cannot read the models</source>
        <translation>Die Modelle können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot prepare storing inference results</source>
        <translation>Das Speichern der Inferenzergebnisse kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>Cannot store inference result %1 of %2 (image &quot;%3&quot;, model %4)</source>
        <translation>Inferenzergebnis %1 von %2 kann nicht gespeichert werden (Bild „%3“, Modell %4)</translation>
    </message>
    <message>
        <source>%1: the image path is empty. Nothing of this batch was stored.</source>
        <translation>%1: Der Bildpfad ist leer. Von diesem Stapel wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>%1: model %2 is not in this project. Nothing of this batch was stored.</source>
        <translation>%1: Das Modell %2 ist nicht in diesem Projekt. Von diesem Stapel wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Cannot read the inference results of model %1</source>
        <translation>Die Inferenzergebnisse des Modells %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>The review label has no image path.</source>
        <translation>Die Prüfentscheidung hat keinen Bildpfad.</translation>
    </message>
    <message>
        <source>Unknown review decision &quot;%1&quot; for %2; use good or defect.</source>
        <translation>Unbekannte Prüfentscheidung „%1“ für %2; zulässig sind good oder defect.</translation>
    </message>
    <message>
        <source>Cannot store the review label of %1</source>
        <translation>Die Prüfentscheidung zu %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot remove the review label of %1</source>
        <translation>Die Prüfentscheidung zu %1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>There is no review label for %1 in this project.</source>
        <translation>In diesem Projekt gibt es keine Prüfentscheidung zu %1.</translation>
    </message>
    <message>
        <source>Cannot read the review labels</source>
        <translation>Die Prüfentscheidungen können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>ReportCases</name>
    <message>
        <source>Cannot load the model &apos;%1&apos; for the example overlays: %2</source>
        <translation>Das Modell „%1“ für die Beispielüberlagerungen kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Detected defects (highest scores)</source>
        <translation>Erkannte Defekte (höchste Anomaliewerte)</translation>
    </message>
    <message>
        <source>Highest-scoring normal images (false alarms first)</source>
        <translation>Normale Bilder mit den höchsten Anomaliewerten (Fehlalarme zuerst)</translation>
    </message>
    <message>
        <source>Lowest-scoring defects (misses first)</source>
        <translation>Defekte mit den niedrigsten Anomaliewerten (Schlupf zuerst)</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>%1: image scores</source>
        <translation>%1: Bild-Anomaliewerte</translation>
    </message>
    <message>
        <source>raw image score</source>
        <translation>roher Bild-Anomaliewert</translation>
    </message>
    <message>
        <source>images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>no scored images</source>
        <translation>keine bewerteten Bilder</translation>
    </message>
    <message>
        <source>normal (%1)</source>
        <translation>normale Bilder (%1)</translation>
    </message>
    <message>
        <source>anomalous (%1)</source>
        <translation>anomale Bilder (%1)</translation>
    </message>
    <message>
        <source>unlabelled (%1)</source>
        <translation>ohne Ground Truth (%1)</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>%1: ROC, I-AUROC %2</source>
        <translation>%1: ROC-Kurve, I-AUROC %2</translation>
    </message>
    <message>
        <source>%1: ROC</source>
        <translation>%1: ROC-Kurve</translation>
    </message>
    <message>
        <source>false-positive rate</source>
        <translation>Falsch-Positiv-Rate</translation>
    </message>
    <message>
        <source>true-positive rate</source>
        <translation>Richtig-Positiv-Rate</translation>
    </message>
    <message>
        <source>needs normal and anomalous images</source>
        <translation>benötigt normale und anomale Bilder</translation>
    </message>
    <message>
        <source>ROC</source>
        <translation>ROC-Kurve</translation>
    </message>
    <message>
        <source>at threshold</source>
        <translation>am Schwellenwert</translation>
    </message>
</context>
<context>
    <name>ReportData</name>
    <message>
        <source>Cannot read the model file &apos;%1&apos;: %2. Choose the model the results came from and run it again.</source>
        <translation>Die Modelldatei „%1“ kann nicht gelesen werden: %2. Wählen Sie das Modell, von dem die Ergebnisse stammen, und wenden Sie es erneut an.</translation>
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
        <translation>Der PDF-Export konnte nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 Min. %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>defect</source>
        <translation>defekt</translation>
    </message>
    <message>
        <source>needs review</source>
        <translation>Prüfung nötig</translation>
    </message>
    <message>
        <source>F1-optimal on the validation split</source>
        <translation>optimaler F1-Wert auf der Validierungsmenge</translation>
    </message>
    <message>
        <source>highest normal validation score</source>
        <translation>höchster Anomaliewert normaler Validierungsbilder</translation>
    </message>
    <message>
        <source>target false-positive rate %1%</source>
        <translation>Ziel-Falsch-Positiv-Rate %1 %</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>von Hand gesetzt</translation>
    </message>
    <message>
        <source>fused A_TR + A_RI</source>
        <translation>Fusion aus A_TR + A_RI</translation>
    </message>
    <message>
        <source>teacher vs restoration (A_TR)</source>
        <translation>Lehrernetz vs. Wiederherstellung (A_TR)</translation>
    </message>
    <message>
        <source>restoration vs identity (A_RI)</source>
        <translation>Wiederherstellung vs. Identität (A_RI)</translation>
    </message>
    <message>
        <source>max of the map</source>
        <translation>Maximum der Karte</translation>
    </message>
    <message>
        <source>mean of the top %1%</source>
        <translation>Mittelwert der obersten %1 %</translation>
    </message>
    <message>
        <source>max after %1 px pooling</source>
        <translation>Maximum nach Pooling über %1 px</translation>
    </message>
    <message>
        <source>%1, Gaussian sigma %2, image score = %3</source>
        <translation>%1, Gauß-Sigma %2, Bild-Anomaliewert = %3</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Schwellenwerte</translation>
    </message>
    <message>
        <source>The model file stores no thresholds for this class.</source>
        <translation>Die Modelldatei enthält für diese Klasse keine Schwellenwerte.</translation>
    </message>
    <message>
        <source>Image threshold</source>
        <translation>Bild-Schwellenwert</translation>
    </message>
    <message>
        <source>Pixel threshold</source>
        <translation>Pixel-Schwellenwert</translation>
    </message>
    <message>
        <source>Image score range</source>
        <translation>Bereich der Bild-Anomaliewerte</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Pixel score range</source>
        <translation>Bereich der Pixel-Anomaliewerte</translation>
    </message>
    <message>
        <source>Uncertain band</source>
        <translation>Unsicherheitsband</translation>
    </message>
    <message>
        <source>%1 to %2 (needs review between)</source>
        <translation>%1 bis %2 (dazwischen Prüfung nötig)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>defect (%1)</source>
        <translation>Defekt (%1)</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>fehlerfrei</translation>
    </message>
    <message>
        <source>truth: %1</source>
        <translation>Ground Truth: %1</translation>
    </message>
    <message>
        <source>score %1 (raw %2)</source>
        <translation>Anomaliewert %1 (roh %2)</translation>
    </message>
    <message>
        <source>No overlay: %1</source>
        <translation>Keine Überlagerung: %1</translation>
    </message>
    <message>
        <source>None in this run.</source>
        <translation>Keine in diesem Lauf.</translation>
    </message>
    <message>
        <source>MDD-Net model report</source>
        <translation>MDD-Net-Modellbericht</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projekt: %1</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>Modelldatei</translation>
    </message>
    <message>
        <source>Backbone</source>
        <translation>Backbone-Netz</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Bildgröße</translation>
    </message>
    <message>
        <source>%1 x %2 px</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message>
        <source>Score map</source>
        <translation>Anomaliekarte</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 Schritt</translation>
    </message>
    <message>
        <source>%1 steps</source>
        <translation>%1 Schritte</translation>
    </message>
    <message>
        <source>1 epoch</source>
        <translation>1 Epoche</translation>
    </message>
    <message>
        <source>%1 epochs</source>
        <translation>%1 Epochen</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Modelltraining</translation>
    </message>
    <message>
        <source>%1, %2, batch size %3, %4 on %5</source>
        <translation>%1, %2, Batchgröße %3, %4 auf %5</translation>
    </message>
    <message>
        <source>not recorded in the model file</source>
        <translation>in der Modelldatei nicht erfasst</translation>
    </message>
    <message>
        <source>Trained at</source>
        <translation>Trainiert am</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>Ausgewertet auf</translation>
    </message>
    <message>
        <source>%1: %2 images, %3 with ground truth</source>
        <translation>%1: %2 Bilder, %3 mit Ground Truth</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>No metrics: the run had no ground truth. Run the model on a dataset split to get them.</source>
        <translation>Keine Metriken: Der Lauf hatte keine Ground Truth. Wenden Sie das Modell auf eine Teilmenge eines Datensatzes an, um sie zu erhalten.</translation>
    </message>
    <message>
        <source>Per class, in percent; mAD is the mean of the seven; the last row is the mean over classes.</source>
        <translation>Pro Klasse, in Prozent; mAD ist der Mittelwert der sieben Metriken; die letzte Zeile ist der Mittelwert über alle Klassen.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Defects</source>
        <translation>Defekte</translation>
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
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Decisions at the stored thresholds</source>
        <translation>Bewertungen bei den gespeicherten Schwellenwerten</translation>
    </message>
    <message>
        <source>Verdicts of this run; a false alarm is a normal image not called good, a miss a defect called good.</source>
        <translation>Bewertungen dieses Laufs; ein Fehlalarm ist ein normales Bild, das nicht als gut bewertet wurde, ein Schlupf ein Defekt, der als gut bewertet wurde.</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Defect</source>
        <translation>Defekt</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Prüfung nötig</translation>
    </message>
    <message>
        <source>False alarms</source>
        <translation>Fehlalarme</translation>
    </message>
    <message>
        <source>Misses</source>
        <translation>Schlupf</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Class: %1</source>
        <translation>Klasse: %1</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Anomaliewerte</translation>
    </message>
    <message>
        <source>%1: score histogram</source>
        <translation>%1: Histogramm der Anomaliewerte</translation>
    </message>
    <message>
        <source>%1: ROC curve</source>
        <translation>%1: ROC-Kurve</translation>
    </message>
    <message>
        <source>No charts.</source>
        <translation>Keine Diagramme.</translation>
    </message>
    <message>
        <source>MDD-Net model report: %1</source>
        <translation>MDD-Net-Modellbericht: %1</translation>
    </message>
    <message>
        <source>Cannot write the report &apos;%1&apos;: %2</source>
        <translation>Der Bericht „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>, length-aware feature distance</source>
        <translation>, längenabhängiger Merkmalsabstand</translation>
    </message>
    <message>
        <source>, features averaged over %1 x %1 cells</source>
        <translation>, Merkmale gemittelt über %1 x %1 Zellen</translation>
    </message>
</context>
<context>
    <name>ReviewRecorder</name>
    <message>
        <source>No project is open, so the decision on %1 cannot be stored. Open or create a project first.</source>
        <translation>Kein Projekt geöffnet, daher kann die Entscheidung zu %1 nicht gespeichert werden. Öffnen Sie zuerst ein Projekt oder legen Sie eines an.</translation>
    </message>
    <message>
        <source>There is no review decision to undo.</source>
        <translation>Es gibt keine Prüfentscheidung, die rückgängig gemacht werden kann.</translation>
    </message>
    <message>
        <source>No project is open, so the decision cannot be undone. Reopen the project.</source>
        <translation>Kein Projekt geöffnet, daher kann die Entscheidung nicht rückgängig gemacht werden. Öffnen Sie das Projekt erneut.</translation>
    </message>
</context>
<context>
    <name>SqlTransaction</name>
    <message>
        <source>no transaction is open</source>
        <translation>keine Transaktion geöffnet</translation>
    </message>
</context>
<context>
    <name>mddui::AboutDialog</name>
    <message>
        <source>About MDD-Net Inspector</source>
        <translation>Über MDD-Net Inspector</translation>
    </message>
    <message>
        <source>&lt;h2&gt;MDD-Net Inspector %1&lt;/h2&gt;&lt;p&gt;Multi-class unsupervised anomaly detection with a memory-augmented dual-decoder network.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;MDD-Net Inspector %1&lt;/h2&gt;&lt;p&gt;Unüberwachte Anomalieerkennung für mehrere Klassen mit einem speichergestützten Dual-Decoder-Netz.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>LibTorch:</source>
        <translation>LibTorch-Version:</translation>
    </message>
    <message>
        <source>OpenCV:</source>
        <translation>OpenCV-Version:</translation>
    </message>
    <message>
        <source>BLAS:</source>
        <translation>BLAS-Bibliothek:</translation>
    </message>
    <message>
        <source>CPU cores:</source>
        <translation>CPU-Kerne:</translation>
    </message>
    <message>
        <source>Torch threads:</source>
        <translation>Torch-Threads:</translation>
    </message>
    <message>
        <source>CUDA:</source>
        <translation>CUDA-Gerät:</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>Compute device:</source>
        <translation>Rechengerät:</translation>
    </message>
    <message>
        <source>Teacher weights:</source>
        <translation>Ordner der Lehrernetz-Gewichte:</translation>
    </message>
</context>
<context>
    <name>mddui::ClassCountTable</name>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Test good</source>
        <translation>Test gut</translation>
    </message>
    <message>
        <source>Test defect</source>
        <translation>Test defekt</translation>
    </message>
    <message>
        <source>Masks</source>
        <translation>Masken</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>mddui::ConfusionView</name>
    <message>
        <source>Of the images not passed as good, the share that are defects</source>
        <translation>Anteil der Defekte unter den nicht als gut eingestuften Bildern</translation>
    </message>
    <message>
        <source>Of the defect images, the share not passed as good</source>
        <translation>Anteil der Defektbilder, die nicht als gut eingestuft wurden</translation>
    </message>
    <message>
        <source>Of the good images, the share not passed as good</source>
        <translation>Anteil der guten Bilder, die nicht als gut eingestuft wurden</translation>
    </message>
    <message>
        <source>Rows: ground truth · columns: verdict</source>
        <translation>Zeilen: Ground Truth · Spalten: Bewertung</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale Bilder</translation>
    </message>
    <message>
        <source>Anomalous</source>
        <translation>Anomale Bilder</translation>
    </message>
    <message>
        <source>Precision: %1</source>
        <translation>Präzision: %1</translation>
    </message>
    <message>
        <source>Recall: %1</source>
        <translation>Trefferquote: %1</translation>
    </message>
    <message>
        <source>F1: %1</source>
        <translation>F1: %1</translation>
    </message>
    <message>
        <source>FPR: %1</source>
        <translation>Falsch-Positiv-Rate: %1</translation>
    </message>
</context>
<context>
    <name>mddui::CurvePlots</name>
    <message>
        <source>false-positive rate</source>
        <translation>Falsch-Positiv-Rate</translation>
    </message>
    <message>
        <source>true-positive rate</source>
        <translation>Richtig-Positiv-Rate</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>ROC: needs normal and anomalous images</source>
        <translation>ROC-Kurve: benötigt normale und anomale Bilder</translation>
    </message>
    <message>
        <source>ROC · AUROC %1</source>
        <translation>ROC-Kurve · AUROC %1</translation>
    </message>
    <message>
        <source>Precision-recall: needs anomalous images</source>
        <translation>Präzision/Trefferquote: benötigt anomale Bilder</translation>
    </message>
    <message>
        <source>Precision-recall · AP %1</source>
        <translation>Präzision/Trefferquote · AP %1</translation>
    </message>
</context>
<context>
    <name>mddui::DatasetBrowser</name>
    <message>
        <source>Show one class</source>
        <translation>Nur eine Klasse anzeigen</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Alle Klassen</translation>
    </message>
    <message>
        <source>Show one split</source>
        <translation>Nur eine Teilmenge anzeigen</translation>
    </message>
    <message>
        <source>All splits</source>
        <translation>Alle Teilmengen</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Trainingsmenge</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierungsmenge</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testmenge</translation>
    </message>
    <message>
        <source>Show one verdict</source>
        <translation>Nur eine Bewertung anzeigen</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>Alle Bewertungen</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Defect</source>
        <translation>Defekt</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Prüfung nötig</translation>
    </message>
    <message>
        <source>Not inspected</source>
        <translation>Nicht inspiziert</translation>
    </message>
    <message>
        <source>Show by review label</source>
        <translation>Nach Prüfentscheidung anzeigen</translation>
    </message>
    <message>
        <source>Any review state</source>
        <translation>Beliebiger Prüfstatus</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>Nicht überprüft</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Überprüft</translation>
    </message>
    <message>
        <source>Reviewed good</source>
        <translation>Überprüft: gut</translation>
    </message>
    <message>
        <source>Reviewed defect</source>
        <translation>Überprüft: defekt</translation>
    </message>
    <message>
        <source>Search file name</source>
        <translation>Dateinamen suchen</translation>
    </message>
    <message>
        <source>%1 of %2 images</source>
        <translation>%1 von %2 Bildern</translation>
    </message>
</context>
<context>
    <name>mddui::DatasetImportDialog</name>
    <message>
        <source>New dataset</source>
        <translation>Neuer Datensatz</translation>
    </message>
    <message>
        <source>Folder that holds the images</source>
        <translation>Ordner, der die Bilder enthält</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Auto-detect</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>Recognise the layout from the folders</source>
        <translation>Ordnerstruktur anhand der Ordner erkennen</translation>
    </message>
    <message>
        <source>MVTec AD (many classes)</source>
        <translation>MVTec AD (mehrere Klassen)</translation>
    </message>
    <message>
        <source>&lt;class&gt;/train/good, &lt;class&gt;/test/&lt;defect&gt;, &lt;class&gt;/ground_truth/&lt;defect&gt;</source>
        <translation>&lt;Klasse&gt;/train/good, &lt;Klasse&gt;/test/&lt;Defekt&gt;, &lt;Klasse&gt;/ground_truth/&lt;Defekt&gt;</translation>
    </message>
    <message>
        <source>MVTec AD (one class)</source>
        <translation>MVTec AD (eine Klasse)</translation>
    </message>
    <message>
        <source>train/good, test/&lt;defect&gt;, ground_truth/&lt;defect&gt;</source>
        <translation>train/good, test/&lt;Defekt&gt;, ground_truth/&lt;Defekt&gt;</translation>
    </message>
    <message>
        <source>VisA</source>
        <translation>VisA (Split-CSV)</translation>
    </message>
    <message>
        <source>split_csv/1cls.csv next to the class folders</source>
        <translation>split_csv/1cls.csv neben den Klassenordnern</translation>
    </message>
    <message>
        <source>Folder good/ + defect/</source>
        <translation>Ordner good/ + defect/</translation>
    </message>
    <message>
        <source>good/ and one folder per defect type; masks optional in masks/&lt;defect&gt;/</source>
        <translation>good/ und ein Ordner je Defektart; Masken optional in masks/&lt;Defekt&gt;/</translation>
    </message>
    <message>
        <source>Detected layout: —</source>
        <translation>Erkannte Ordnerstruktur: —</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>Ordner&amp;struktur:</translation>
    </message>
    <message>
        <source>Choose a dataset folder.</source>
        <translation>Wählen Sie einen Datensatzordner.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Choose the dataset folder</source>
        <translation>Datensatzordner wählen</translation>
    </message>
    <message>
        <source>Detected layout: …</source>
        <translation>Erkannte Ordnerstruktur: …</translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>Expected one of these layouts:
• MVTec AD, many classes: &lt;class&gt;/train/good, &lt;class&gt;/test/&lt;defect&gt;, &lt;class&gt;/ground_truth/&lt;defect&gt;
• MVTec AD, one class: train/good, test/&lt;defect&gt;, ground_truth/&lt;defect&gt;
• VisA: split_csv/1cls.csv
• Folder: good/ and one folder per defect type (masks optional in masks/&lt;defect&gt;/)</source>
        <translation>Erwartet wird eine dieser Ordnerstrukturen:
• MVTec AD, mehrere Klassen: &lt;Klasse&gt;/train/good, &lt;Klasse&gt;/test/&lt;Defekt&gt;, &lt;Klasse&gt;/ground_truth/&lt;Defekt&gt;
• MVTec AD, eine Klasse: train/good, test/&lt;Defekt&gt;, ground_truth/&lt;Defekt&gt;
• VisA: split_csv/1cls.csv
• Ordner: good/ und ein Ordner je Defektart (Masken optional in masks/&lt;Defekt&gt;/)</translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; does not exist. Choose an existing folder.
%2</source>
        <translation>Der Ordner „%1“ existiert nicht. Wählen Sie einen vorhandenen Ordner.
%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a file, not a folder. Choose the folder that holds the dataset.
%2</source>
        <translation>„%1“ ist eine Datei, kein Ordner. Wählen Sie den Ordner, der den Datensatz enthält.
%2</translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; cannot be read. Check its permissions.</source>
        <translation>Der Ordner „%1“ kann nicht gelesen werden. Prüfen Sie seine Zugriffsrechte.</translation>
    </message>
    <message>
        <source>No known dataset layout in &apos;%1&apos;.
%2</source>
        <translation>Keine bekannte Ordnerstruktur in „%1“.
%2</translation>
    </message>
    <message>
        <source>Cannot read the dataset in &apos;%1&apos;: %2</source>
        <translation>Der Datensatz in „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Detected layout: none</source>
        <translation>Erkannte Ordnerstruktur: keine</translation>
    </message>
    <message>
        <source>Detected layout: %1</source>
        <translation>Erkannte Ordnerstruktur: %1</translation>
    </message>
    <message>
        <source>1 class</source>
        <translation>1 Klasse</translation>
    </message>
    <message>
        <source>%1 classes</source>
        <translation>%1 Klassen</translation>
    </message>
    <message>
        <source>1 image</source>
        <translation>1 Bild</translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>%1 Bilder</translation>
    </message>
    <message>
        <source>no problems</source>
        <translation>keine Probleme</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 Problem</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 Probleme</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>%1 — read as %2, as chosen</source>
        <translation>%1 — wie gewählt als %2 gelesen</translation>
    </message>
    <message>
        <source>%1 — nothing to import; see the problems above.</source>
        <translation>%1 — nichts zu importieren; siehe die Probleme oben.</translation>
    </message>
</context>
<context>
    <name>mddui::DemoProject</name>
    <message>
        <source>Generating the demo dataset in %1...</source>
        <translation>Demo-Datensatz wird in %1 erzeugt...</translation>
    </message>
    <message>
        <source>Could not open the demo project %1</source>
        <translation>Das Demo-Projekt %1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Loading the demo dataset...</source>
        <translation>Demo-Datensatz wird geladen...</translation>
    </message>
    <message>
        <source>Training the demo model (a few minutes on a CPU; only the first time)...</source>
        <translation>Demo-Modell wird trainiert (einige Minuten auf einer CPU; nur beim ersten Mal)...</translation>
    </message>
    <message>
        <source>Running the demo model on the test images...</source>
        <translation>Demo-Modell wird auf die Testbilder angewendet...</translation>
    </message>
    <message>
        <source>Training of the demo model was cancelled.</source>
        <translation>Das Training des Demo-Modells wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Laying out the model&apos;s memory (t-SNE)...</source>
        <translation>Speicher des Modells wird angeordnet (t-SNE)...</translation>
    </message>
    <message>
        <source>No report: %1</source>
        <translation>Kein Bericht: %1</translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation>Bericht geschrieben: %1</translation>
    </message>
    <message>
        <source>Writing the model report...</source>
        <translation>Modellbericht wird geschrieben...</translation>
    </message>
</context>
<context>
    <name>mddui::ImageViewer</name>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Show the original and the overlay next to each other</source>
        <translation>Originalbild und Überlagerung nebeneinander anzeigen</translation>
    </message>
    <message>
        <source>Show original</source>
        <translation>Original zeigen</translation>
    </message>
    <message>
        <source>Switch the single view between the overlay and the original</source>
        <translation>Die Einzelansicht zwischen Überlagerung und Originalbild umschalten</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel zooms under the mouse)</source>
        <translation>Verkleinern (Strg+Mausrad zoomt an der Mausposition)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel zooms under the mouse)</source>
        <translation>Vergrößern (Strg+Mausrad zoomt an der Mausposition)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the image to the window</source>
        <translation>Bild in das Fenster einpassen</translation>
    </message>
    <message>
        <source>Weight of the heatmap over the image</source>
        <translation>Gewichtung der Heatmap über dem Bild</translation>
    </message>
    <message>
        <source>Heatmap opacity</source>
        <translation>Deckkraft der Heatmap</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Originalbild</translation>
    </message>
    <message>
        <source>Overlay: heatmap, predicted defect (red), ground truth (white)</source>
        <translation>Überlagerung: Heatmap, vorhergesagter Defekt (rot), Ground Truth (weiß)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>the result has no anomaly map</source>
        <translation>das Ergebnis hat keine Anomaliekarte</translation>
    </message>
    <message>
        <source>No heatmap for &apos;%1&apos;: %2. Fit the model&apos;s thresholds or run the model again.</source>
        <translation>Keine Heatmap für „%1“: %2. Ermitteln Sie die Schwellenwerte des Modells oder wenden Sie das Modell erneut an.</translation>
    </message>
    <message>
        <source>No image selected</source>
        <translation>Kein Bild ausgewählt</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Show overlay</source>
        <translation>Überlagerung zeigen</translation>
    </message>
</context>
<context>
    <name>mddui::LoadIssueList</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
</context>
<context>
    <name>mddui::LossPlot</name>
    <message>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <source>restoration</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>distillation</source>
        <translation>Destillation</translation>
    </message>
    <message>
        <source>memory class</source>
        <translation>Speicherklasse</translation>
    </message>
    <message>
        <source>memory reconstruction</source>
        <translation>Speicherrekonstruktion</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Logarithmic loss axis</source>
        <translation>Logarithmische Verlustachse</translation>
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
        <translation>Verwendetes Modell: %1</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
    <message>
        <source>&amp;Images</source>
        <translation>&amp;Bilder</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Modelltraining</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Ergebnisse</translation>
    </message>
    <message>
        <source>&amp;Memory</source>
        <translation>&amp;Speicher</translation>
    </message>
    <message>
        <source>%1 has no result yet: run the model first (Ctrl+R).</source>
        <translation>%1 hat noch kein Ergebnis: Wenden Sie zuerst das Modell an (Strg+R).</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Project...</source>
        <translation>&amp;Neues Projekt...</translation>
    </message>
    <message>
        <source>&amp;Open Project...</source>
        <translation>Projekt ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Add Dataset...</source>
        <translation>Datensatz &amp;hinzufügen...</translation>
    </message>
    <message>
        <source>Export &amp;Report...</source>
        <translation>Be&amp;richt exportieren...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>A&amp;usführen</translation>
    </message>
    <message>
        <source>&amp;Train Model</source>
        <translation>Modell &amp;trainieren</translation>
    </message>
    <message>
        <source>&amp;Cancel Training</source>
        <translation>Training &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Run Model on Test Split</source>
        <translation>Modell auf Test&amp;menge anwenden</translation>
    </message>
    <message>
        <source>Run Model on &amp;Folder...</source>
        <translation>Modell auf &amp;Ordner anwenden...</translation>
    </message>
    <message>
        <source>Cancel &amp;Inference</source>
        <translation>&amp;Inferenz abbrechen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>T&amp;hresholds</source>
        <translation>Sch&amp;wellenwerte</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>Überp&amp;rüfung</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About MDD-Net Inspector</source>
        <translation>Ü&amp;ber MDD-Net Inspector</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>GPU: %1</source>
        <translation>CUDA-GPU: %1</translation>
    </message>
    <message>
        <source>Device used for training and inference</source>
        <translation>Gerät für Training und Inferenz</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>Training läuft</translation>
    </message>
    <message>
        <source>Stop the training and quit? A checkpoint is saved; Resume continues it.</source>
        <translation>Training stoppen und beenden? Es wird ein Checkpoint gespeichert; mit „Fortsetzen“ geht es weiter.</translation>
    </message>
    <message>
        <source>Inspector projects (*.mddproj)</source>
        <translation>Inspector-Projekte (*.mddproj)</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Dataset folder</source>
        <translation>Datensatzordner</translation>
    </message>
    <message>
        <source>Folder of images to inspect</source>
        <translation>Ordner mit zu prüfenden Bildern</translation>
    </message>
    <message>
        <source>Training is running: cancel it before switching projects.</source>
        <translation>Das Training läuft: Brechen Sie es ab, bevor Sie das Projekt wechseln.</translation>
    </message>
    <message>
        <source>%1 — MDD-Net Inspector</source>
        <translation>%1 — MDD-Net Inspector</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projekt: %1</translation>
    </message>
    <message>
        <source>Opened %1; loading its datasets...</source>
        <translation>%1 geöffnet; die Datensätze werden geladen...</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) in %1 class(es)</source>
        <translation>
            <numerusform>%n Bild in %1 Klasse(n)</numerusform>
            <numerusform>%n Bilder in %1 Klasse(n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add dataset</source>
        <translation>Datensatz hinzufügen</translation>
    </message>
    <message>
        <source>Train model</source>
        <translation>Modell trainieren</translation>
    </message>
    <message>
        <source>Add a dataset with normal training images first (Ctrl+D).</source>
        <translation>Fügen Sie zuerst einen Datensatz mit normalen Trainingsbildern hinzu (Strg+D).</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Modelltraining</translation>
    </message>
    <message>
        <source>Model trained: %1</source>
        <translation>Modell trainiert: %1</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>Training fehlgeschlagen</translation>
    </message>
    <message>
        <source>Run model</source>
        <translation>Modell anwenden</translation>
    </message>
    <message>
        <source>The project has no model yet: train one first (Ctrl+T).</source>
        <translation>Das Projekt hat noch kein Modell: Trainieren Sie zuerst eines (Strg+T).</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Run the model first (Ctrl+R): the report describes a run.</source>
        <translation>Wenden Sie zuerst das Modell an (Strg+R): Der Bericht beschreibt einen Lauf.</translation>
    </message>
    <message>
        <source>Inference failed</source>
        <translation>Inferenz fehlgeschlagen</translation>
    </message>
    <message>
        <source>Saving results</source>
        <translation>Ergebnisse speichern</translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed good image(s) added to the next training run.</source>
        <translation>
            <numerusform>%n als gut überprüftes Bild zum nächsten Trainingslauf hinzugefügt.</numerusform>
            <numerusform>%n als gut überprüfte Bilder zum nächsten Trainingslauf hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save thresholds</source>
        <translation>Schwellenwerte speichern</translation>
    </message>
    <message>
        <source>Thresholds saved into %1</source>
        <translation>Schwellenwerte in %1 gespeichert</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>E&amp;instellungen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Optionen...</translation>
    </message>
    <message numerus="yes">
        <source>CPU: %n thread(s)</source>
        <translation>
            <numerusform>CPU: %n Thread</numerusform>
            <numerusform>CPU: %n Threads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mddui::MemoryInspector</name>
    <message>
        <source>t-SNE: %1 of %2 iterations</source>
        <translation>t-SNE: %1 von %2 Iterationen</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>Kein Modell</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <source>Open or train a model to inspect its class-aware memory.</source>
        <translation>Öffnen oder trainieren Sie ein Modell, um seinen klassenbewussten Speicher zu untersuchen.</translation>
    </message>
    <message>
        <source>Press Compute to lay out the memory items of %1 with t-SNE.</source>
        <translation>Klicken Sie auf „Berechnen“, um die Speichereinträge von %1 mit t-SNE anzuordnen.</translation>
    </message>
    <message>
        <source>Could not read the model %1: %2</source>
        <translation>Das Modell %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 has no class-aware memory: it was trained with the memory switched off. Train a model with the memory on to inspect its items.</source>
        <translation>%1 hat keinen klassenbewussten Speicher: Es wurde mit ausgeschaltetem Speicher trainiert. Trainieren Sie ein Modell mit eingeschaltetem Speicher, um dessen Einträge zu untersuchen.</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Modell wird geladen…</translation>
    </message>
    <message>
        <source>Cancelled; the previous layout is still shown.</source>
        <translation>Abgebrochen; die vorherige Anordnung wird weiterhin angezeigt.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n items)</source>
        <translation>
            <numerusform>%1 (%n Eintrag)</numerusform>
            <numerusform>%1 (%n Einträge)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Laid out %n memory items in %1 s.</source>
        <translation>
            <numerusform>%n Speichereintrag in %1 s angeordnet.</numerusform>
            <numerusform>%n Speichereinträge in %1 s angeordnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to export yet: press Compute to lay out the memory first.</source>
        <translation>Noch nichts zu exportieren: Klicken Sie zuerst auf „Berechnen“, um den Speicher anzuordnen.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Export the memory plot as PNG</source>
        <translation>Speicherdiagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>Export the memory plot as PDF</source>
        <translation>Speicherdiagramm als PDF exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>t-SNE layout</source>
        <translation>t-SNE-Anordnung</translation>
    </message>
    <message>
        <source>Effective number of neighbours; lowered for scales with few items.</source>
        <translation>Effektive Anzahl der Nachbarn; wird bei Skalen mit wenigen Einträgen verringert.</translation>
    </message>
    <message>
        <source>Perplexity:</source>
        <translation>Perplexität:</translation>
    </message>
    <message>
        <source>Seed for a random start of the layout. The same settings always give the same layout.</source>
        <translation>Startwert (Seed) für den zufälligen Beginn der Anordnung. Dieselben Einstellungen ergeben immer dieselbe Anordnung.</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Startwert:</translation>
    </message>
    <message>
        <source>Iterations:</source>
        <translation>Iterationen:</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Berechnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Teacher scale</source>
        <translation>Skala des Lehrernetzes</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
</context>
<context>
    <name>mddui::MemoryJob</name>
    <message>
        <source>No model is open: open or train a model first.</source>
        <translation>Kein Modell geöffnet: Öffnen oder trainieren Sie zuerst ein Modell.</translation>
    </message>
    <message>
        <source>%1 has no class-aware memory: it was trained with the memory switched off. Train a model with the memory on to inspect its items.</source>
        <translation>%1 hat keinen klassenbewussten Speicher: Es wurde mit ausgeschaltetem Speicher trainiert. Trainieren Sie ein Modell mit eingeschaltetem Speicher, um dessen Einträge zu untersuchen.</translation>
    </message>
    <message>
        <source>Could not analyse the memory of %1: %2</source>
        <translation>Der Speicher von %1 konnte nicht analysiert werden: %2</translation>
    </message>
</context>
<context>
    <name>mddui::MemoryPlotExport</name>
    <message>
        <source>Could not write %1: %2. Choose a folder you can write to, with free space.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Wählen Sie einen beschreibbaren Ordner mit freiem Speicherplatz.</translation>
    </message>
    <message>
        <source>no file name was given</source>
        <translation>es wurde kein Dateiname angegeben</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>no temporary folder (%1)</source>
        <translation>kein temporärer Ordner (%1)</translation>
    </message>
    <message>
        <source>the plot could not be rendered</source>
        <translation>das Diagramm konnte nicht gerendert werden</translation>
    </message>
    <message>
        <source>CMM memory items (t-SNE)</source>
        <translation>CMM-Speichereinträge (t-SNE)</translation>
    </message>
</context>
<context>
    <name>mddui::MemoryScaleStats</name>
    <message>
        <source>This scale</source>
        <translation>Diese Skala</translation>
    </message>
    <message>
        <source>Memory items</source>
        <translation>Speichereinträge</translation>
    </message>
    <message>
        <source>Items in this scale&apos;s memory banks, over all classes.</source>
        <translation>Einträge in den Speicherbänken dieser Skala, über alle Klassen.</translation>
    </message>
    <message>
        <source>Class-specific</source>
        <translation>Klassenspezifisch</translation>
    </message>
    <message>
        <source>Items whose class probabilities favour few classes: coloured by the class whose bank they live in.</source>
        <translation>Einträge, deren Klassenwahrscheinlichkeiten wenige Klassen bevorzugen: gefärbt nach der Klasse, zu deren Speicherbank sie gehören.</translation>
    </message>
    <message>
        <source>Class-shared</source>
        <translation>Klassenübergreifend</translation>
    </message>
    <message>
        <source>The 10% of items with the highest entropy of their class probabilities: grey, joined to their two most probable classes.</source>
        <translation>Die 10 % der Einträge mit der höchsten Entropie ihrer Klassenwahrscheinlichkeiten: grau, verbunden mit ihren beiden wahrscheinlichsten Klassen.</translation>
    </message>
    <message>
        <source>Entropy threshold</source>
        <translation>Entropie-Schwellenwert</translation>
    </message>
    <message>
        <source>The lowest entropy (nats) among the class-shared items.</source>
        <translation>Die niedrigste Entropie (nat) unter den klassenübergreifenden Einträgen.</translation>
    </message>
    <message>
        <source>Perplexity used</source>
        <translation>Verwendete Perplexität</translation>
    </message>
    <message>
        <source>The t-SNE perplexity, lowered to (items - 1) / 3 for few items.</source>
        <translation>Die t-SNE-Perplexität, bei wenigen Einträgen auf (Einträge − 1) / 3 verringert.</translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation>Silhouettenkoeffizient</translation>
    </message>
    <message>
        <source>How well the t-SNE points cluster by owner class, from -1 to 1: higher is better.</source>
        <translation>Wie gut sich die t-SNE-Punkte nach ihrer Eigentümerklasse gruppieren, von −1 bis 1: höher ist besser.</translation>
    </message>
    <message>
        <source>Davies-Bouldin</source>
        <translation>Davies-Bouldin-Index</translation>
    </message>
    <message>
        <source>Mean similarity of each class cluster to its closest other one: lower is better, 0 is best.</source>
        <translation>Mittlere Ähnlichkeit jedes Klassenclusters zu seinem nächstgelegenen anderen Cluster: niedriger ist besser, 0 ist optimal.</translation>
    </message>
    <message>
        <source>Trustworthiness</source>
        <translation>Vertrauenswürdigkeit</translation>
    </message>
    <message>
        <source>How well the 2-D neighbourhoods keep the items&apos; own neighbours, from 0 to 1: higher is better.</source>
        <translation>Wie gut die 2-D-Nachbarschaften die eigenen Nachbarn der Einträge erhalten, von 0 bis 1: höher ist besser.</translation>
    </message>
    <message>
        <source>%1 nats</source>
        <translation>%1 nat</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
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
        <translation>t-SNE-Achse 1</translation>
    </message>
    <message>
        <source>t-SNE 2</source>
        <translation>t-SNE-Achse 2</translation>
    </message>
    <message>
        <source>class-shared (highest entropy)</source>
        <translation>klassenübergreifend (höchste Entropie)</translation>
    </message>
    <message>
        <source>CMM memory items (t-SNE)</source>
        <translation>CMM-Speichereinträge (t-SNE)</translation>
    </message>
    <message>
        <source>CMM memory items, %1 scale (t-SNE)</source>
        <translation>CMM-Speichereinträge, Skala %1 (t-SNE)</translation>
    </message>
</context>
<context>
    <name>mddui::MemoryText</name>
    <message>
        <source>fine</source>
        <translation>fein</translation>
    </message>
    <message>
        <source>middle</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>coarse</source>
        <translation>grob</translation>
    </message>
    <message>
        <source>scale %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <source>Memory item of %1</source>
        <translation>Speichereintrag von %1</translation>
    </message>
    <message>
        <source>%1 scale · %2</source>
        <translation>Skala %1 · %2</translation>
    </message>
    <message>
        <source>class-shared</source>
        <translation>klassenübergreifend</translation>
    </message>
    <message>
        <source>class-specific</source>
        <translation>klassenspezifisch</translation>
    </message>
    <message>
        <source>entropy %1 nats</source>
        <translation>Entropie %1 nat</translation>
    </message>
    <message>
        <source>class probabilities:</source>
        <translation>Klassenwahrscheinlichkeiten:</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more classes</source>
        <translation>
            <numerusform>… und %n weitere Klasse</numerusform>
            <numerusform>… und %n weitere Klassen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mddui::MetricsTable</name>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
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
        <source>Metrics in percent on this split&apos;s ground truth</source>
        <translation>Metriken in Prozent, bezogen auf die Ground Truth dieser Teilmenge</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>Mittelwert</translation>
    </message>
</context>
<context>
    <name>mddui::ModelCache</name>
    <message>
        <source>no model file given: choose a model file</source>
        <translation>keine Modelldatei angegeben: Wählen Sie eine Modelldatei</translation>
    </message>
    <message>
        <source>the model file &apos;%1&apos; does not exist: choose another model file</source>
        <translation>die Modelldatei „%1“ existiert nicht: Wählen Sie eine andere Modelldatei</translation>
    </message>
</context>
<context>
    <name>mddui::OverlayExportJob</name>
    <message>
        <source>Cannot create the folder &apos;%1&apos;: choose a folder you can write to.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden: Wählen Sie einen beschreibbaren Ordner.</translation>
    </message>
    <message>
        <source>Cannot load the model &apos;%1&apos;: %2</source>
        <translation>Das Modell „%1“ kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Inference with &apos;%1&apos; failed: %2</source>
        <translation>Inferenz mit „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the model cannot tell its class: run it with the image&apos;s class chosen</source>
        <translation>das Modell kann die Klasse nicht bestimmen: Wenden Sie es mit ausgewählter Klasse des Bildes an</translation>
    </message>
</context>
<context>
    <name>mddui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Menus, views, dates and numbers change at once; reports written from now on are in the new language too.</source>
        <translation>Menüs, Ansichten, Datums- und Zahlenangaben ändern sich sofort; ab jetzt geschriebene Berichte erscheinen ebenfalls in der neuen Sprache.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>mddui::ProgressText</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 Min. %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>step %1 / %2 · %3 img/s · ETA %4</source>
        <translation>Schritt %1 / %2 · %3 Bilder/s · Restzeit %4</translation>
    </message>
    <message>
        <source>step %1 / %2  loss %3 (restoration %4, identity %5, distillation %6, memory class %7, memory reconstruction %8)</source>
        <translation>Schritt %1 / %2  Verlust %3 (Wiederherstellung %4, Identität %5, Destillation %6, Speicherklasse %7, Speicherrekonstruktion %8)</translation>
    </message>
    <message>
        <source>%1  lr %2</source>
        <translation>%1  Lernrate %2</translation>
    </message>
</context>
<context>
    <name>mddui::ProjectPage</name>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Ordnerstruktur</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Test good</source>
        <translation>Test gut</translation>
    </message>
    <message>
        <source>Test defect</source>
        <translation>Test defekt</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Backbone</source>
        <translation>Backbone-Netz</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In Verwendung</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>&amp;Add dataset...</source>
        <translation>Datensatz &amp;hinzufügen...</translation>
    </message>
    <message>
        <source>Remove from project</source>
        <translation>Aus dem Projekt entfernen</translation>
    </message>
    <message>
        <source>&amp;Use this model</source>
        <translation>Dieses Modell &amp;verwenden</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Classes in the project</source>
        <translation>Klassen im Projekt</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Training runs</source>
        <translation>Trainingsläufe</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;span&gt;%2&lt;/span&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;span&gt;%2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No project open&lt;/h2&gt;&lt;span&gt;Create a project (Ctrl+N), open one (Ctrl+O), or drop an image folder on the window.&lt;/span&gt;</source>
        <translation>&lt;h2&gt;Kein Projekt geöffnet&lt;/h2&gt;&lt;span&gt;Legen Sie ein Projekt an (Strg+N), öffnen Sie eines (Strg+O) oder ziehen Sie einen Bildordner auf das Fenster.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Loading the datasets...</source>
        <translation>Datensätze werden geladen...</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s), no problems.</source>
        <translation>
            <numerusform>%n Bild, keine Probleme.</numerusform>
            <numerusform>%n Bilder, keine Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>file missing</source>
        <translation>Datei fehlt</translation>
    </message>
    <message>
        <source>Remove dataset</source>
        <translation>Datensatz entfernen</translation>
    </message>
    <message>
        <source>Use model</source>
        <translation>Modell verwenden</translation>
    </message>
    <message>
        <source>The model file %1 is missing: it was moved or deleted.</source>
        <translation>Die Modelldatei %1 fehlt: Sie wurde verschoben oder gelöscht.</translation>
    </message>
    <message>
        <source>MVTec AD (many classes)</source>
        <translation>MVTec AD (mehrere Klassen)</translation>
    </message>
    <message>
        <source>MVTec AD (one class)</source>
        <translation>MVTec AD (eine Klasse)</translation>
    </message>
    <message>
        <source>VisA</source>
        <translation>VisA (Split-CSV)</translation>
    </message>
    <message>
        <source>Folder good/ + defect/</source>
        <translation>Ordner good/ + defect/</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s); problems:
%1</source>
        <translation>
            <numerusform>%n Bild; Probleme:
%1</numerusform>
            <numerusform>%n Bilder; Probleme:
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
        <translation>%1 existiert bereits: Öffnen Sie die Datei oder wählen Sie einen neuen Dateinamen.</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a project file.</source>
        <translation>%1 existiert nicht oder ist keine Projektdatei.</translation>
    </message>
    <message>
        <source>No project is open: create or open a project first.</source>
        <translation>Kein Projekt geöffnet: Legen Sie zuerst ein Projekt an oder öffnen Sie eines.</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Kein Projekt geöffnet.</translation>
    </message>
</context>
<context>
    <name>mddui::ReportDialog</name>
    <message>
        <source>Export model report</source>
        <translation>Modellbericht exportieren</translation>
    </message>
    <message>
        <source>Report file, e.g. model-report.html</source>
        <translation>Berichtsdatei, z. B. model-report.html</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>HTML and PDF</source>
        <translation>HTML und PDF</translation>
    </message>
    <message>
        <source>HTML only</source>
        <translation>Nur HTML</translation>
    </message>
    <message>
        <source>PDF only</source>
        <translation>Nur PDF</translation>
    </message>
    <message>
        <source>Overlays per class of detected defects, of the highest-scoring normal images and of the lowest-scoring defects</source>
        <translation>Überlagerungen pro Klasse: erkannte Defekte, normale Bilder mit den höchsten Anomaliewerten und Defekte mit den niedrigsten Anomaliewerten</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Examples per class and kind:</source>
        <translation>&amp;Beispiele pro Klasse und Art:</translation>
    </message>
    <message>
        <source>Report of the model %1 on %2: %3, %4.</source>
        <translation>Bericht des Modells %1 auf %2: %3, %4.</translation>
    </message>
    <message>
        <source>1 image</source>
        <translation>1 Bild</translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>%1 Bilder</translation>
    </message>
    <message>
        <source>1 class</source>
        <translation>1 Klasse</translation>
    </message>
    <message>
        <source>%1 classes</source>
        <translation>%1 Klassen</translation>
    </message>
    <message>
        <source>No results to report yet: run a model on a dataset split first.</source>
        <translation>Noch keine Ergebnisse für einen Bericht: Wenden Sie zuerst ein Modell auf eine Teilmenge eines Datensatzes an.</translation>
    </message>
    <message>
        <source>Choose a file to write the report to.</source>
        <translation>Wählen Sie eine Datei, in die der Bericht geschrieben wird.</translation>
    </message>
    <message>
        <source>Write the report to</source>
        <translation>Bericht schreiben nach</translation>
    </message>
    <message>
        <source>HTML report (*.html);;PDF report (*.pdf);;All files (*)</source>
        <translation>HTML-Bericht (*.html);;PDF-Bericht (*.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 (1 page)</source>
        <translation>%1 (1 Seite)</translation>
    </message>
    <message>
        <source>%1 (%2 pages)</source>
        <translation>%1 (%2 Seiten)</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>Examples without overlay: %1 (first: %2)</source>
        <translation>Beispiele ohne Überlagerung: %1 (erstes: %2)</translation>
    </message>
    <message>
        <source>Cancelled: no report was written.</source>
        <translation>Abgebrochen: Es wurde kein Bericht geschrieben.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
</context>
<context>
    <name>mddui::ReportJob</name>
    <message>
        <source>Choose where to write the report: no HTML or PDF file was given.</source>
        <translation>Wählen Sie, wohin der Bericht geschrieben wird: Es wurde keine HTML- oder PDF-Datei angegeben.</translation>
    </message>
    <message>
        <source>Cannot write the report &apos;%1&apos;: the folder &apos;%2&apos; does not exist. Choose an existing folder.</source>
        <translation>Der Bericht „%1“ kann nicht geschrieben werden: Der Ordner „%2“ existiert nicht. Wählen Sie einen vorhandenen Ordner.</translation>
    </message>
    <message>
        <source>Cannot write the report &apos;%1&apos;: it is a folder. Choose a file name.</source>
        <translation>Der Bericht „%1“ kann nicht geschrieben werden: Es ist ein Ordner. Wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <source>Drawing the charts...</source>
        <translation>Diagramme werden gezeichnet...</translation>
    </message>
    <message>
        <source>Drawing the example overlays...</source>
        <translation>Beispielüberlagerungen werden gezeichnet...</translation>
    </message>
    <message>
        <source>Writing the report...</source>
        <translation>Bericht wird geschrieben...</translation>
    </message>
    <message>
        <source>Cannot write the report &apos;%1&apos;: %2</source>
        <translation>Der Bericht „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>mddui::ResultsPanel</name>
    <message>
        <source>Choose a model and the images to run it on, then press Run.</source>
        <translation>Wählen Sie ein Modell und die Bilder, auf die es angewendet werden soll, und klicken Sie dann auf „Ausführen“.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Save every row as a CSV file</source>
        <translation>Alle Zeilen als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON exportieren…</translation>
    </message>
    <message>
        <source>Save every row and the metrics as a JSON file</source>
        <translation>Alle Zeilen und die Metriken als JSON-Datei speichern</translation>
    </message>
    <message>
        <source>Export overlays…</source>
        <translation>Überlagerungen exportieren…</translation>
    </message>
    <message>
        <source>Write one heatmap overlay PNG per image into a folder</source>
        <translation>Pro Bild eine Heatmap-Überlagerung als PNG in einen Ordner schreiben</translation>
    </message>
    <message>
        <source>Choose a model file first (Browse…).</source>
        <translation>Wählen Sie zuerst eine Modelldatei (Durchsuchen…).</translation>
    </message>
    <message>
        <source>The project has no test images: add a dataset with a test split, or run the model on a folder.</source>
        <translation>Das Projekt hat keine Testbilder: Fügen Sie einen Datensatz mit Testmenge hinzu oder wenden Sie das Modell auf einen Ordner an.</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Choose a folder of images first (Browse…).</source>
        <translation>Wählen Sie zuerst einen Bildordner (Durchsuchen…).</translation>
    </message>
    <message>
        <source>Cancelling after the current batch…</source>
        <translation>Abbruch nach dem aktuellen Stapel…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n images in %1 s: %2 defect, %3 needs review, %4 good</source>
        <translation>
            <numerusform>%n Bild in %1 s: %2 defekt, %3 Prüfung nötig, %4 gut</numerusform>
            <numerusform>%n Bilder in %1 s: %2 defekt, %3 Prüfung nötig, %4 gut</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no result: %2</source>
        <translation>„%1“ hat kein Ergebnis: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n rows to &apos;%1&apos;.</source>
        <translation>
            <numerusform>%n Zeile nach „%1“ geschrieben.</numerusform>
            <numerusform>%n Zeilen nach „%1“ geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting overlays</source>
        <translation>Überlagerungen werden exportiert</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n overlay images.</source>
        <translation>
            <numerusform>%n Überlagerungsbild geschrieben.</numerusform>
            <numerusform>%n Überlagerungsbilder geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export results as CSV</source>
        <translation>Ergebnisse als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export results as JSON</source>
        <translation>Ergebnisse als JSON exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Choose a folder for the overlay images</source>
        <translation>Ordner für die Überlagerungsbilder wählen</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n could not be read (their rows say why)</source>
        <translation>
            <numerusform>%1; %n Bild konnte nicht gelesen werden (die Zeile nennt den Grund)</numerusform>
            <numerusform>%1; %n Bilder konnten nicht gelesen werden (die Zeilen nennen den Grund)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — cancelled: the results cover the images done.</source>
        <translation>%1 — abgebrochen: Die Ergebnisse umfassen die bereits verarbeiteten Bilder.</translation>
    </message>
    <message>
        <source>%1 Cancelled before the end.</source>
        <translation>%1 Vor dem Ende abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n failed; the first: %2</source>
        <translation>
            <numerusform>%1 %n Bild fehlgeschlagen; erster Fehler: %2</numerusform>
            <numerusform>%1 %n Bilder fehlgeschlagen; erster Fehler: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mddui::ResultsTableModel</name>
    <message>
        <source>Defect</source>
        <translation>Defekt</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Prüfung nötig</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>defect</source>
        <translation>defekt</translation>
    </message>
    <message>
        <source>defect (%1)</source>
        <translation>defekt (%1)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Anomaliewert</translation>
    </message>
    <message>
        <source>Normalised</source>
        <translation>Normiert</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Truth</source>
        <translation>Ground Truth</translation>
    </message>
</context>
<context>
    <name>mddui::ReviewImageLabel</name>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>Cannot show this image: %1</source>
        <translation>Dieses Bild kann nicht angezeigt werden: %1</translation>
    </message>
</context>
<context>
    <name>mddui::ReviewPanel</name>
    <message>
        <source>Run a model on images (Results page) to fill the review queue.</source>
        <translation>Wenden Sie ein Modell auf Bilder an (Seite „Ergebnisse“), um die Prüfliste zu füllen.</translation>
    </message>
    <message>
        <source>No results to review: run a model on images first.</source>
        <translation>Keine Ergebnisse zu überprüfen: Wenden Sie zuerst ein Modell auf Bilder an.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) to review, most uncertain first.</source>
        <translation>
            <numerusform>%n Bild zu überprüfen, das unsicherste zuerst.</numerusform>
            <numerusform>%n Bilder zu überprüfen, die unsichersten zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown review decision &quot;%1&quot;; use good or defect.</source>
        <translation>Unbekannte Prüfentscheidung „%1“; zulässig sind good oder defect.</translation>
    </message>
    <message>
        <source>There is no image to decide on: run a model on images first.</source>
        <translation>Es gibt kein Bild, über das entschieden werden kann: Wenden Sie zuerst ein Modell auf Bilder an.</translation>
    </message>
    <message>
        <source>%1 decided %2. Every image in the queue is reviewed.</source>
        <translation>%1: als „%2“ entschieden. Alle Bilder der Prüfliste sind überprüft.</translation>
    </message>
    <message>
        <source>%1 decided %2 and stored.</source>
        <translation>%1: als „%2“ entschieden und gespeichert.</translation>
    </message>
    <message>
        <source>%1 needs review: the model gives no verdict to accept. Press G (good) or D (defect).</source>
        <translation>%1 erfordert eine Prüfung: Das Modell liefert keine Bewertung, die übernommen werden kann. Drücken Sie G (gut) oder D (defekt).</translation>
    </message>
    <message>
        <source>Undone: %1 is %2 again.</source>
        <translation>Rückgängig gemacht: %1 ist wieder „%2“.</translation>
    </message>
    <message>
        <source>Undone: %1 is unreviewed again.</source>
        <translation>Rückgängig gemacht: %1 ist wieder nicht überprüft.</translation>
    </message>
    <message>
        <source>Select an image in the queue.</source>
        <translation>Wählen Sie ein Bild in der Prüfliste aus.</translation>
    </message>
    <message>
        <source>No results to review yet.</source>
        <translation>Noch keine Ergebnisse zu überprüfen.</translation>
    </message>
    <message>
        <source>Cannot show the heatmap of %1: %2 The plain image is shown instead.</source>
        <translation>Die Heatmap von %1 kann nicht angezeigt werden: %2 Stattdessen wird das reine Bild angezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n image(s) with their decisions to %1.</source>
        <translation>
            <numerusform>%n Bild mit Entscheidung nach %1 geschrieben.</numerusform>
            <numerusform>%n Bilder mit ihren Entscheidungen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export review decisions</source>
        <translation>Prüfentscheidungen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>No image reviewed as good is waiting to be added to training. Confirm good images with G first.</source>
        <translation>Es wartet kein als gut überprüftes Bild darauf, dem Training hinzugefügt zu werden. Bestätigen Sie zuerst gute Bilder mit G.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) reviewed as good will be added to the next training run.</source>
        <translation>
            <numerusform>%n als gut überprüftes Bild wird dem nächsten Trainingslauf hinzugefügt.</numerusform>
            <numerusform>%n als gut überprüfte Bilder werden dem nächsten Trainingslauf hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review queue — most uncertain first</source>
        <translation>Prüfliste — die unsichersten zuerst</translation>
    </message>
    <message>
        <source>Unreviewed only</source>
        <translation>Nur nicht überprüfte</translation>
    </message>
    <message>
        <source>Hide the images that already have a decision</source>
        <translation>Bilder ausblenden, für die bereits eine Entscheidung vorliegt</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Save every queued image with its verdict, decision and note as CSV</source>
        <translation>Alle Bilder der Prüfliste mit Bewertung, Entscheidung und Notiz als CSV speichern</translation>
    </message>
    <message>
        <source>Add reviewed good to training</source>
        <translation>Als gut überprüfte zum Training hinzufügen</translation>
    </message>
    <message>
        <source>Hand the images you confirmed as good to the next training run</source>
        <translation>Die als gut bestätigten Bilder an den nächsten Trainingslauf übergeben</translation>
    </message>
    <message>
        <source>Optional note, stored with the decision (Esc returns to the queue)</source>
        <translation>Optionale Notiz, wird mit der Entscheidung gespeichert (Esc kehrt zur Prüfliste zurück)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Good (G)</source>
        <translation>Gut (G)</translation>
    </message>
    <message>
        <source>Decide: this image is good, then go to the next unreviewed one</source>
        <translation>Entscheiden: Dieses Bild ist gut, dann weiter zum nächsten nicht überprüften Bild</translation>
    </message>
    <message>
        <source>Defect (D)</source>
        <translation>Defekt (D)</translation>
    </message>
    <message>
        <source>Decide: this image is defective, then go to the next unreviewed one</source>
        <translation>Entscheiden: Dieses Bild ist defekt, dann weiter zum nächsten nicht überprüften Bild</translation>
    </message>
    <message>
        <source>Accept verdict (Enter)</source>
        <translation>Bewertung übernehmen (Enter)</translation>
    </message>
    <message>
        <source>Take the model&apos;s verdict as the decision (not for needs review)</source>
        <translation>Die Bewertung des Modells als Entscheidung übernehmen (nicht bei „Prüfung nötig“)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Rückgängig (Strg+Z)</translation>
    </message>
    <message>
        <source>Undo the last decision; press again to go further back</source>
        <translation>Die letzte Entscheidung rückgängig machen; erneut drücken, um weiter zurückzugehen</translation>
    </message>
    <message>
        <source>Previous (K)</source>
        <translation>Vorheriges (K)</translation>
    </message>
    <message>
        <source>Go to the previous image in the queue (K or Up)</source>
        <translation>Zum vorherigen Bild der Prüfliste (K oder Pfeil nach oben)</translation>
    </message>
    <message>
        <source>Next (J)</source>
        <translation>Nächstes (J)</translation>
    </message>
    <message>
        <source>Go to the next image in the queue (J or Down)</source>
        <translation>Zum nächsten Bild der Prüfliste (J oder Pfeil nach unten)</translation>
    </message>
    <message>
        <source>No image selected</source>
        <translation>Kein Bild ausgewählt</translation>
    </message>
    <message>
        <source>Your decision: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Ihre Entscheidung: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Noch nicht überprüft</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>Anomaliewert %1</translation>
    </message>
    <message>
        <source>%1 · class %2 · raw score %3</source>
        <translation>%1 · Klasse %2 · roher Anomaliewert %3</translation>
    </message>
    <message>
        <source>%1, score %2, class %3, decision: %4</source>
        <translation>%1, Anomaliewert %2, Klasse %3, Entscheidung: %4</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>nicht überprüft</translation>
    </message>
    <message>
        <source>%1 of %2 reviewed</source>
        <translation>%1 von %2 überprüft</translation>
    </message>
</context>
<context>
    <name>mddui::ReviewQueueModel</name>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Defect</source>
        <translation>Defekt</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Anomaliewert</translation>
    </message>
    <message>
        <source>Model verdict</source>
        <translation>Modellbewertung</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Operator score %1 (raw %2); %3 is the class&apos;s threshold</source>
        <translation>Normierter Anomaliewert %1 (roh %2); %3 ist der Schwellenwert der Klasse</translation>
    </message>
</context>
<context>
    <name>mddui::RunControls</name>
    <message>
        <source>Model file (.mdda)</source>
        <translation>Modelldatei (.mdda)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a model file</source>
        <translation>Modelldatei wählen</translation>
    </message>
    <message>
        <source>Test split of the project&apos;s datasets</source>
        <translation>Testmenge der Projektdatensätze</translation>
    </message>
    <message>
        <source>A folder of images</source>
        <translation>Ein Bildordner</translation>
    </message>
    <message>
        <source>Folder (searched with its subfolders)</source>
        <translation>Ordner (einschließlich Unterordnern durchsucht)</translation>
    </message>
    <message>
        <source>Choose a folder of images</source>
        <translation>Bildordner wählen</translation>
    </message>
    <message>
        <source>The images&apos; product class; Automatic lets the model recognise it</source>
        <translation>Produktklasse der Bilder; bei „Automatisch“ erkennt das Modell sie selbst</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation>&amp;Klasse:</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Run the model on the chosen images</source>
        <translation>Das Modell auf die gewählten Bilder anwenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop after the current batch; the images done are kept</source>
        <translation>Nach dem aktuellen Stapel anhalten; bereits verarbeitete Bilder bleiben erhalten</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>&amp;Images:</source>
        <translation>&amp;Bilder:</translation>
    </message>
    <message numerus="yes">
        <source>Test split of the project&apos;s datasets (%n images)</source>
        <translation>
            <numerusform>Testmenge der Projektdatensätze (%n Bild)</numerusform>
            <numerusform>Testmenge der Projektdatensätze (%n Bilder)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>%1: loading the model and the first images…</source>
        <translation>%1: Modell und erste Bilder werden geladen…</translation>
    </message>
    <message>
        <source>%1 / %2 images · ETA %3</source>
        <translation>%1 / %2 Bilder · Restzeit %3</translation>
    </message>
    <message>
        <source>The model file &apos;%1&apos; does not exist: choose another model file.</source>
        <translation>Die Modelldatei „%1“ existiert nicht: Wählen Sie eine andere Modelldatei.</translation>
    </message>
    <message>
        <source>Open a model file</source>
        <translation>Modelldatei öffnen</translation>
    </message>
    <message>
        <source>MDD-Net models (*.mdda);;All files (*)</source>
        <translation>MDD-Net-Modelle (*.mdda);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Verarbeitung</translation>
    </message>
</context>
<context>
    <name>mddui::SampleListModel</name>
    <message>
        <source>%1
Class: %2
Split: %3</source>
        <translation>%1
Klasse: %2
Teilmenge: %3</translation>
    </message>
    <message>
        <source>
Defect type: %1</source>
        <translation>
Defektart: %1</translation>
    </message>
    <message>
        <source>
Verdict: %1</source>
        <translation>
Bewertung: %1</translation>
    </message>
    <message>
        <source>
Score: %1</source>
        <translation>
Anomaliewert: %1</translation>
    </message>
    <message>
        <source>
Reviewed as: %1</source>
        <translation>
Überprüft als: %1</translation>
    </message>
    <message>
        <source>
Cannot be read: %1</source>
        <translation>
Nicht lesbar: %1</translation>
    </message>
    <message>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>defect</source>
        <translation>defekt</translation>
    </message>
    <message>
        <source>needs review</source>
        <translation>Prüfung nötig</translation>
    </message>
</context>
<context>
    <name>mddui::ScoreHistogram</name>
    <message>
        <source>raw image score</source>
        <translation>roher Bild-Anomaliewert</translation>
    </message>
    <message>
        <source>images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>normal (%1)</source>
        <translation>normale Bilder (%1)</translation>
    </message>
    <message>
        <source>anomalous (%1)</source>
        <translation>anomale Bilder (%1)</translation>
    </message>
    <message>
        <source>unlabelled (%1)</source>
        <translation>ohne Ground Truth (%1)</translation>
    </message>
</context>
<context>
    <name>mddui::ScreenshotTour</name>
    <message>
        <source>Cannot create the screenshot folder &apos;%1&apos;: choose a folder you can write to.</source>
        <translation>Der Screenshot-Ordner „%1“ kann nicht angelegt werden: Wählen Sie einen beschreibbaren Ordner.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot &apos;%1&apos;: check the free space and the folder&apos;s permissions.</source>
        <translation>Der Screenshot „%1“ kann nicht geschrieben werden: Prüfen Sie den freien Speicherplatz und die Zugriffsrechte des Ordners.</translation>
    </message>
</context>
<context>
    <name>mddui::SynthesisSettings</name>
    <message>
        <source>Texture folder</source>
        <translation>Texturordner</translation>
    </message>
    <message>
        <source>Follow the data (grey on grey images)</source>
        <translation>Den Daten folgen (grau auf grauen Bildern)</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Grau</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbig</translation>
    </message>
    <message>
        <source>Grey training images get grey anomalies, so that colour alone never marks a defect.</source>
        <translation>Graue Trainingsbilder erhalten graue Anomalien, damit Farbe allein nie einen Defekt kennzeichnet.</translation>
    </message>
    <message>
        <source>Anomaly c&amp;olour:</source>
        <translation>Anomalie-&amp;Farbe:</translation>
    </message>
    <message>
        <source>Share of training images that get a synthetic anomaly.</source>
        <translation>Anteil der Trainingsbilder, die eine synthetische Anomalie erhalten.</translation>
    </message>
    <message>
        <source>Anomal&amp;y share:</source>
        <translation>Anomalie-&amp;Anteil:</translation>
    </message>
    <message>
        <source>Up to this share of the original stays visible under the painted texture.</source>
        <translation>Bis zu diesem Anteil bleibt das Original unter der aufgemalten Textur sichtbar.</translation>
    </message>
    <message>
        <source>&amp;Blend up to:</source>
        <translation>&amp;Überblenden bis:</translation>
    </message>
    <message>
        <source>Perlin noise periods per image side: larger powers paint finer speckle.</source>
        <translation>Perlin-Rauschperioden je Bildseite: höhere Potenzen malen feinere Sprenkel.</translation>
    </message>
    <message>
        <source>Noise &amp;periods:</source>
        <translation>Rausch&amp;perioden:</translation>
    </message>
    <message>
        <source>Noise above this value is painted: higher paints less.</source>
        <translation>Rauschen über diesem Wert wird bemalt: höher malt weniger.</translation>
    </message>
    <message>
        <source>Noise t&amp;hreshold:</source>
        <translation>Rausch&amp;schwelle:</translation>
    </message>
    <message>
        <source>Rotate anomaly shapes</source>
        <translation>Anomalieformen drehen</translation>
    </message>
    <message>
        <source>Vary texture colour and contrast</source>
        <translation>Texturfarbe und -kontrast variieren</translation>
    </message>
    <message>
        <source>Paint on the object only</source>
        <translation>Nur auf das Objekt malen</translation>
    </message>
    <message>
        <source>For object classes: estimate each image&apos;s object and keep anomalies on it.</source>
        <translation>Für Objektklassen: das Objekt jedes Bildes schätzen und Anomalien darauf halten.</translation>
    </message>
    <message>
        <source>Use installed textures (GIMP patterns)</source>
        <translation>Installierte Texturen verwenden (GIMP-Muster)</translation>
    </message>
    <message>
        <source>Use shuffled crops of the training images</source>
        <translation>Gemischte Ausschnitte der Trainingsbilder verwenden</translation>
    </message>
    <message>
        <source>optional: a folder of your own textures</source>
        <translation>optional: ein Ordner mit eigenen Texturen</translation>
    </message>
    <message>
        <source>Te&amp;xture folder:</source>
        <translation>Te&amp;xturordner:</translation>
    </message>
</context>
<context>
    <name>mddui::ThresholdFit</name>
    <message>
        <source>F1-optimal needs both normal and anomalous images with ground truth in these results; use max normal score or target FPR instead</source>
        <translation>„Optimaler F1-Wert“ benötigt in diesen Ergebnissen sowohl normale als auch anomale Bilder mit Ground Truth; verwenden Sie stattdessen „Max. Wert normaler Bilder“ oder „Ziel-FPR“</translation>
    </message>
    <message>
        <source>Needs normal images with ground truth in these results</source>
        <translation>Benötigt in diesen Ergebnissen normale Bilder mit Ground Truth</translation>
    </message>
</context>
<context>
    <name>mddui::ThresholdWorkbench</name>
    <message>
        <source>The model&apos;s thresholds of %1 are invalid, so those rows keep their verdicts; retrain or refit the class.</source>
        <translation>Die Schwellenwerte des Modells für %1 sind ungültig, daher behalten diese Zeilen ihre Bewertungen; trainieren Sie neu oder ermitteln Sie die Schwellenwerte der Klasse neu.</translation>
    </message>
    <message>
        <source>Could not save the thresholds: the model file %1 does not exist. Choose the model these results came from.</source>
        <translation>Die Schwellenwerte konnten nicht gespeichert werden: Die Modelldatei %1 existiert nicht. Wählen Sie das Modell, von dem diese Ergebnisse stammen.</translation>
    </message>
    <message>
        <source>Could not save the thresholds into %1: %2. The file was left as it was; check that it is the model these results came from and can be written.</source>
        <translation>Die Schwellenwerte konnten nicht in %1 gespeichert werden: %2. Die Datei blieb unverändert; prüfen Sie, ob es das Modell ist, von dem diese Ergebnisse stammen, und ob sie beschreibbar ist.</translation>
    </message>
    <message>
        <source>Could not fit the threshold: %1</source>
        <translation>Der Schwellenwert konnte nicht ermittelt werden: %1</translation>
    </message>
    <message>
        <source>Fitted on this run&apos;s %1 normal and %2 anomalous images of %3.</source>
        <translation>Ermittelt anhand von %1 normalen und %2 anomalen Bildern von %3 aus diesem Lauf.</translation>
    </message>
    <message>
        <source>Restored the model&apos;s thresholds.</source>
        <translation>Die Schwellenwerte des Modells wurden wiederhergestellt.</translation>
    </message>
    <message>
        <source>These thresholds cannot be used: %1</source>
        <translation>Diese Schwellenwerte können nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>F1-optimal</source>
        <translation>Optimaler F1-Wert</translation>
    </message>
    <message>
        <source>Max normal score</source>
        <translation>Max. Wert normaler Bilder</translation>
    </message>
    <message>
        <source>Target FPR</source>
        <translation>Ziel-FPR</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Choosing a method fits the threshold on this run&apos;s scores of the class (images with ground truth)</source>
        <translation>Die Wahl eines Verfahrens ermittelt den Schwellenwert anhand der Anomaliewerte der Klasse in diesem Lauf (Bilder mit Ground Truth)</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>At most this share of normal images is called a defect</source>
        <translation>Höchstens dieser Anteil normaler Bilder wird als defekt bewertet</translation>
    </message>
    <message>
        <source>Raw image score: a score above it is a defect</source>
        <translation>Roher Bild-Anomaliewert: Ein Wert darüber gilt als Defekt</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Verfahren:</translation>
    </message>
    <message>
        <source>Target FPR:</source>
        <translation>Ziel-FPR:</translation>
    </message>
    <message>
        <source>Threshold t:</source>
        <translation>Schwellenwert t:</translation>
    </message>
    <message>
        <source>Needs-review band</source>
        <translation>Band für „Prüfung nötig“</translation>
    </message>
    <message>
        <source>Scores above T2 are defects, between T1 and T2 need review, at or below T1 are good</source>
        <translation>Anomaliewerte über T2 gelten als Defekt, zwischen T1 und T2 als „Prüfung nötig“, bis einschließlich T1 als gut</translation>
    </message>
    <message>
        <source>Uncertain band</source>
        <translation>Unsicherheitsband</translation>
    </message>
    <message>
        <source>T1 (review above):</source>
        <translation>T1 (darüber Prüfung):</translation>
    </message>
    <message>
        <source>T2 (defect above):</source>
        <translation>T2 (darüber Defekt):</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Restore the thresholds the model was loaded with</source>
        <translation>Die Schwellenwerte wiederherstellen, mit denen das Modell geladen wurde</translation>
    </message>
    <message>
        <source>Save to model</source>
        <translation>Im Modell speichern</translation>
    </message>
    <message>
        <source>Write every class&apos;s thresholds into the model file</source>
        <translation>Die Schwellenwerte aller Klassen in die Modelldatei schreiben</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Klasse:</translation>
    </message>
    <message>
        <source>No thresholds to tune: run a model on images first.</source>
        <translation>Keine Schwellenwerte einzustellen: Wenden Sie zuerst ein Modell auf Bilder an.</translation>
    </message>
    <message>
        <source>This run has no results of class %1.</source>
        <translation>Dieser Lauf hat keine Ergebnisse der Klasse %1.</translation>
    </message>
    <message>
        <source>%1 images: %2 good, %3 need review, %4 defect</source>
        <translation>%1 Bilder: %2 gut, %3 Prüfung nötig, %4 defekt</translation>
    </message>
    <message>
        <source>%1 images: %2 good, %3 defect</source>
        <translation>%1 Bilder: %2 gut, %3 defekt</translation>
    </message>
</context>
<context>
    <name>mddui::TrainingForm</name>
    <message>
        <source>Training</source>
        <translation>Trainingseinstellungen</translation>
    </message>
    <message>
        <source>The pretrained teacher network whose features MDD-Net restores.</source>
        <translation>Das vortrainierte Lehrernetz, dessen Merkmale MDD-Net wiederherstellt.</translation>
    </message>
    <message>
        <source>&amp;Backbone:</source>
        <translation>&amp;Backbone-Netz:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> Pixel</translation>
    </message>
    <message>
        <source>Side of the square network input; larger finds smaller defects but trains slower.</source>
        <translation>Kantenlänge der quadratischen Netzeingabe; größere Werte finden kleinere Defekte, trainieren aber langsamer.</translation>
    </message>
    <message>
        <source>&amp;Image size:</source>
        <translation>B&amp;ildgröße:</translation>
    </message>
    <message>
        <source>Passes over the training images (ignored when iterations are set).</source>
        <translation>Durchläufe über die Trainingsbilder (ignoriert, wenn Iterationen gesetzt sind).</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>&amp;Epochen:</translation>
    </message>
    <message>
        <source>Images per step; lower it when memory runs out.</source>
        <translation>Bilder pro Schritt; verringern, wenn der Arbeitsspeicher nicht ausreicht.</translation>
    </message>
    <message>
        <source>Batch si&amp;ze:</source>
        <translation>Ba&amp;tchgröße:</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Erweiterte Einstellungen</translation>
    </message>
    <message>
        <source>use epochs</source>
        <translation>Epochen verwenden</translation>
    </message>
    <message>
        <source>Train exactly this many steps; 0 trains the epochs above.</source>
        <translation>Genau so viele Schritte trainieren; bei 0 werden die obigen Epochen trainiert.</translation>
    </message>
    <message>
        <source>I&amp;terations:</source>
        <translation>Ite&amp;rationen:</translation>
    </message>
    <message>
        <source>At batch 16; scaled with the batch size.</source>
        <translation>Bei Batchgröße 16; wird mit der Batchgröße skaliert.</translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation>&amp;Lernrate:</translation>
    </message>
    <message>
        <source>The same seed and settings train the same model.</source>
        <translation>Derselbe Startwert (Seed) und dieselben Einstellungen trainieren dasselbe Modell.</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>Start&amp;wert:</translation>
    </message>
    <message>
        <source>Share of each class&apos;s normal training images kept aside to fit its thresholds; changing it reloads the dataset.</source>
        <translation>Anteil der normalen Trainingsbilder jeder Klasse, der zum Ermitteln ihrer Schwellenwerte zurückgehalten wird; eine Änderung lädt den Datensatz neu.</translation>
    </message>
    <message>
        <source>&amp;Validation fraction:</source>
        <translation>&amp;Validierungsanteil:</translation>
    </message>
    <message>
        <source>Letterbox (keep aspect)</source>
        <translation>Letterbox (Seitenverhältnis beibehalten)</translation>
    </message>
    <message>
        <source>Squash to square</source>
        <translation>Auf Quadrat stauchen</translation>
    </message>
    <message>
        <source>Centre crop</source>
        <translation>Mittig zuschneiden</translation>
    </message>
    <message>
        <source>&amp;Aspect handling:</source>
        <translation>Bildan&amp;passung:</translation>
    </message>
    <message>
        <source>Class-aware memory (CMM)</source>
        <translation>Klassenbewusster Speicher (CMM)</translation>
    </message>
    <message>
        <source>Per-class memory banks on the restoration path.</source>
        <translation>Speicherbänke pro Klasse im Wiederherstellungspfad.</translation>
    </message>
    <message>
        <source>Teacher vs restoration (A_TR)</source>
        <translation>Lehrernetz vs. Wiederherstellung (A_TR)</translation>
    </message>
    <message>
        <source>Fused</source>
        <translation>Fusioniert</translation>
    </message>
    <message>
        <source>Restoration vs identity (A_RI)</source>
        <translation>Wiederherstellung vs. Identität (A_RI)</translation>
    </message>
    <message>
        <source>Anomaly &amp;map:</source>
        <translation>Anomalie&amp;karte:</translation>
    </message>
    <message>
        <source>only on cancel</source>
        <translation>nur bei Abbruch</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> Schritte</translation>
    </message>
    <message>
        <source>&amp;Checkpoint every:</source>
        <translation>&amp;Checkpoint alle:</translation>
    </message>
    <message>
        <source>%1 (weights not installed)</source>
        <translation>%1 (Gewichte nicht installiert)</translation>
    </message>
    <message>
        <source>Auto (GPU)</source>
        <translation>Automatisch (GPU)</translation>
    </message>
    <message>
        <source>Auto (CPU)</source>
        <translation>Automatisch (CPU)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>Prozessor (CPU)</translation>
    </message>
    <message>
        <source>CUDA %1</source>
        <translation>CUDA-GPU %1</translation>
    </message>
    <message>
        <source>CUDA %1: %2</source>
        <translation>CUDA-GPU %1: %2</translation>
    </message>
    <message>
        <source>Synthetic anomalies</source>
        <translation>Synthetische Anomalien</translation>
    </message>
</context>
<context>
    <name>mddui::TrainingJob</name>
    <message>
        <source>No model file is chosen: set where the trained model is saved.</source>
        <translation>Keine Modelldatei gewählt: Legen Sie fest, wo das trainierte Modell gespeichert wird.</translation>
    </message>
    <message>
        <source>The folder %1 for the model file does not exist: choose another location for the model.</source>
        <translation>Der Ordner %1 für die Modelldatei existiert nicht: Wählen Sie einen anderen Speicherort für das Modell.</translation>
    </message>
    <message>
        <source>The dataset has no normal training images: load a dataset with train/good images (or a good/ folder) first.</source>
        <translation>Der Datensatz hat keine normalen Trainingsbilder: Laden Sie zuerst einen Datensatz mit train/good-Bildern (oder einem Ordner good/).</translation>
    </message>
    <message>
        <source>Class &apos;%1&apos; has no validation images, so its thresholds cannot be fitted after training: raise the validation fraction (or add normal training images) and reload the dataset.</source>
        <translation>Die Klasse „%1“ hat keine Validierungsbilder, daher können ihre Schwellenwerte nach dem Training nicht ermittelt werden: Erhöhen Sie den Validierungsanteil (oder fügen Sie normale Trainingsbilder hinzu) und laden Sie den Datensatz neu.</translation>
    </message>
    <message>
        <source>The checkpoint %1 does not exist: start a new training instead.</source>
        <translation>Der Checkpoint %1 existiert nicht: Starten Sie stattdessen ein neues Training.</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>Training fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Training failed with an unknown error.</source>
        <translation>Training mit unbekanntem Fehler fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 training on %2 images of %3 classes: backbone %4, %5 px, batch %6, device %7.</source>
        <translation>Training %1 mit %2 Bildern aus %3 Klassen: Backbone-Netz %4, %5 px, Batch %6, Gerät %7.</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>gestartet</translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation>fortgesetzt</translation>
    </message>
    <message>
        <source>Cancelled after step %1 of %2; the checkpoint %3 lets Resume continue.</source>
        <translation>Nach Schritt %1 von %2 abgebrochen; mit dem Checkpoint %3 lässt es sich über „Fortsetzen“ weiterführen.</translation>
    </message>
    <message>
        <source>Fitting each class&apos;s thresholds on %1 validation images…</source>
        <translation>Schwellenwerte jeder Klasse werden anhand von %1 Validierungsbildern ermittelt…</translation>
    </message>
    <message>
        <source>Cancelled while fitting thresholds: the trained model was not saved.</source>
        <translation>Beim Ermitteln der Schwellenwerte abgebrochen: Das trainierte Modell wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Model saved to %1.</source>
        <translation>Modell in %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>mddui::TrainingPanel</name>
    <message>
        <source>No dataset loaded.</source>
        <translation>Kein Datensatz geladen.</translation>
    </message>
    <message>
        <source>&amp;Start training</source>
        <translation>Training &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Continue the cancelled run from its checkpoint.</source>
        <translation>Den abgebrochenen Lauf ab seinem Checkpoint fortsetzen.</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Training messages appear here.</source>
        <translation>Hier erscheinen die Meldungen des Trainings.</translation>
    </message>
    <message>
        <source>Dataset: 1 class, %1 training and %2 validation images.</source>
        <translation>Datensatz: 1 Klasse, %1 Trainings- und %2 Validierungsbilder.</translation>
    </message>
    <message>
        <source>Dataset: %1 classes, %2 training and %3 validation images.</source>
        <translation>Datensatz: %1 Klassen, %2 Trainings- und %3 Validierungsbilder.</translation>
    </message>
    <message>
        <source>There is no checkpoint %1 to resume: start a new training.</source>
        <translation>Es gibt keinen Checkpoint %1 zum Fortsetzen: Starten Sie ein neues Training.</translation>
    </message>
    <message>
        <source>Resuming with the settings of the cancelled run.</source>
        <translation>Fortsetzung mit den Einstellungen des abgebrochenen Laufs.</translation>
    </message>
    <message>
        <source>Cancelling after the current step…</source>
        <translation>Abbruch nach dem aktuellen Schritt…</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Vorbereitung…</translation>
    </message>
    <message>
        <source>Finished: %1 steps in %2</source>
        <translation>Fertig: %1 Schritte in %2</translation>
    </message>
    <message>
        <source>Cancelled at step %1 / %2</source>
        <translation>Abgebrochen bei Schritt %1 / %2</translation>
    </message>
    <message>
        <source>Failed: see the log</source>
        <translation>Fehlgeschlagen: siehe Protokoll</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Modelltraining</translation>
    </message>
    <message>
        <source>Load a dataset with normal training images first.</source>
        <translation>Laden Sie zuerst einen Datensatz mit normalen Trainingsbildern.</translation>
    </message>
    <message>
        <source>Choose where the model file is saved first.</source>
        <translation>Legen Sie zuerst fest, wo die Modelldatei gespeichert wird.</translation>
    </message>
    <message>
        <source>Train a new model from the start.</source>
        <translation>Ein neues Modell von Anfang an trainieren.</translation>
    </message>
</context>
<context>
    <name>mddui::ViewerImageLoader</name>
    <message>
        <source>the model cannot tell this image&apos;s class: choose a class</source>
        <translation>das Modell kann die Klasse dieses Bildes nicht bestimmen: Wählen Sie eine Klasse</translation>
    </message>
    <message>
        <source>Cannot show &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht angezeigt werden: %2</translation>
    </message>
</context>
<context>
    <name>mddui::WorkbenchMetricsTable</name>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
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
        <translation>Präzision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>FPR</source>
        <translation>Falsch-Positiv-Rate</translation>
    </message>
    <message>
        <source>At the current threshold, live</source>
        <translation>Beim aktuellen Schwellenwert, laufend aktualisiert</translation>
    </message>
    <message>
        <source>From the run, independent of the threshold</source>
        <translation>Aus dem Lauf, unabhängig vom Schwellenwert</translation>
    </message>
</context>
</TS>
