<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CanvasExport</name>
    <message>
        <location filename="../widgets/main/canvas_export.cpp" line="+85"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to export: the canvas is empty.</source>
        <translation>Nichts zu exportieren: Die Zeichenfläche ist leer.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The PNG scale must be between %1× and %2×.</source>
        <translation>Der PNG-Maßstab muss zwischen %1× und %2× liegen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The canvas is too large for a %1× PNG (%2 × %3 px); choose a smaller scale or SVG/PDF.</source>
        <translation>Die Zeichenfläche ist zu groß für ein PNG in %1× (%2 × %3 px); wählen Sie einen kleineren Maßstab oder SVG/PDF.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not enough memory for a %1 × %2 px image.</source>
        <translation>Nicht genug Speicher für ein Bild mit %1 × %2 px.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not encode the PNG image.</source>
        <translation>Das PNG-Bild konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+24"/>
        <source>ClusterCanvas design</source>
        <translation>ClusterCanvas-Entwurf</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Canvas exported by ClusterCanvas</source>
        <translation>Von ClusterCanvas exportierte Zeichenfläche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not start the SVG drawing.</source>
        <translation>Die SVG-Zeichnung konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Could not start the PDF document.</source>
        <translation>Das PDF-Dokument konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown export format for %1: use .png, .svg or .pdf.</source>
        <translation>Unbekanntes Exportformat für %1: Verwenden Sie .png, .svg oder .pdf.</translation>
    </message>
</context>
<context>
    <name>CatalogText</name>
    <message>
        <location filename="../widgets/panels/catalog_text.cpp" line="+51"/>
        <source>read %1 GB/s</source>
        <translation>Lesen %1 GB/s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>up to %1 W</source>
        <translation>bis %1 W</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 Mb/s typical</source>
        <translation>%1 Mb/s typisch</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>$%1/node-hour</source>
        <translation>$%1/Knotenstunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 GB/s per accelerator per direction</source>
        <translation>%1 GB/s pro Beschleuniger und Richtung</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>List price ≈ %1</source>
        <translation>Listenpreis ≈ %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not priced</source>
        <translation>ohne Preis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (confidence: %1)</source>
        <translation> (Konfidenz: %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From %1</source>
        <translation>Aus %1</translation>
    </message>
</context>
<context>
    <name>FabricEdit</name>
    <message>
        <location filename="../widgets/panels/fabric_text.cpp" line="+28"/>
        <source>%1 on %2, %3</source>
        <translation>%1 an %2, %3</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n port group(s)</source>
        <translation>
            <numerusform>%n Portgruppe</numerusform>
            <numerusform>%n Portgruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n Teil</numerusform>
            <numerusform>%n Teilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n scenario(s)</source>
        <translation>
            <numerusform>in %n Szenario</numerusform>
            <numerusform>in %n Szenarien</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeatLegend</name>
    <message>
        <location filename="../widgets/canvas/heat_legend.cpp" line="+17"/>
        <source>Utilisation:</source>
        <translation>Auslastung:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>idle (under %1)</source>
        <translation>ungenutzt (unter %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 and above</source>
        <translation>%1 und mehr</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Heat overlay legend</source>
        <translation>Legende der Auslastungsansicht</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../widgets/style/language.cpp" line="+104"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language changes the next time you start ClusterCanvas.</source>
        <translation>Die Sprache wird beim nächsten Start von ClusterCanvas umgestellt.</translation>
    </message>
</context>
<context>
    <name>Metric</name>
    <message>
        <location filename="../widgets/scoring/metric_card.cpp" line="+11"/>
        <source>Accelerators</source>
        <translation>Beschleuniger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power (nominal)</source>
        <translation>Nennleistung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List price</source>
        <translation>Listenpreis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step time</source>
        <translation>Schrittzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory per GPU</source>
        <translation>Speicher pro GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPUs used</source>
        <translation>Genutzte GPUs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to train</source>
        <translation>Trainingsdauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost to train</source>
        <translation>Trainingskosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy to train</source>
        <translation>Trainingsenergie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TTFT p99</source>
        <translation>TTFT p99</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TPOT</source>
        <translation>TPOT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency p99</source>
        <translation>Latenz p99</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KV-cache limit</source>
        <translation>KV-Cache-Grenze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utilisation</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPUs for the target</source>
        <translation>GPUs für das Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per 1 M tokens</source>
        <translation>Kosten pro 1 Mio. Tokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Streams per device</source>
        <translation>Streams pro Gerät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per-frame latency</source>
        <translation>Latenz pro Frame</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uplink needed</source>
        <translation>Benötigter Uplink</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud path p99</source>
        <translation>Cloud-Pfad p99</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power per site</source>
        <translation>Leistung pro Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fits the budget</source>
        <translation>Im Budget</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <location filename="../widgets/panels/palette_widget.cpp" line="+77"/>
        <source>Accelerators</source>
        <translation>Beschleuniger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nodes and hosts</source>
        <translation>Knoten und Hosts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edge devices</source>
        <translation>Edge-Geräte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Streams, WAN and cloud</source>
        <translation>Streams, WAN und Cloud</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../widgets/canvas/component_item.cpp" line="+24"/>
        <source>%1 — %2 × %3 %4
Drag to another port to link.</source>
        <translation>%1 — %2 × %3 %4
Zum Verbinden auf einen anderen Port ziehen.</translation>
    </message>
    <message>
        <location filename="../widgets/canvas/group_item.cpp" line="+39"/>
        <source>%1 %2 — stands for ×%3 copies (×%4 in all with its parents).
Double-click the badge to change ×N.</source>
        <translation>%1 %2 — steht für ×%3 Kopien (×%4 insgesamt mit übergeordneten Gruppen).
Doppelklick auf das Abzeichen ändert ×N.</translation>
    </message>
    <message>
        <location filename="../widgets/canvas/link_item.cpp" line="+30"/>
        <source>%1 link %2
%3.%4 ↔ %5.%6
%7 per direction%8</source>
        <translation>%1-Verbindung %2
%3.%4 ↔ %5.%6
%7 pro Richtung%8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 m</source>
        <translation>, %1 m</translation>
    </message>
    <message>
        <location filename="../widgets/charts/chart_view.cpp" line="+114"/>
        <source>%1, millions</source>
        <translation>%1, in Millionen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, thousands</source>
        <translation>%1, in Tausend</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> — no data</source>
        <translation> — keine Daten</translation>
    </message>
    <message>
        <location filename="../widgets/panels/workload_form.cpp" line="+62"/>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Custom: %1</source>
        <translation>Benutzerdefiniert: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>precision</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Precision</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>software stack</source>
        <translation>Software-Stack</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Software stack</source>
        <translation>Software-Stack</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The software the workload runs on. Default: the stack the accelerator&apos;s vendor publishes its results with.</source>
        <translation>Die Software, auf der die Workload läuft. Standard: der Stack, mit dem der Hersteller des Beschleunigers seine Ergebnisse veröffentlicht.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> B tokens</source>
        <translation> Mrd. Tokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dataset tokens</source>
        <translation>Datensatz-Tokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <location line="+78"/>
        <location line="+74"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens in the whole training run (billions); sets time, cost and energy to train.</source>
        <translation>Tokens im gesamten Trainingslauf (Milliarden); bestimmt Trainingsdauer, -kosten und -energie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source> samples</source>
        <translation> Samples</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>dataset samples</source>
        <translation>Datensatz-Samples</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>or samples</source>
        <translation>oder Samples</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images or sequences in the whole run, for non-token models (e.g. epochs × dataset).</source>
        <translation>Bilder oder Sequenzen im gesamten Lauf, für Modelle ohne Tokens (z. B. Epochen × Datensatz).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>global batch</source>
        <translation>globale Batchgröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Global batch</source>
        <translation>Globale Batchgröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <location line="+3"/>
        <source> tokens</source>
        <translation> Tokens</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>sequence length</source>
        <translation>Sequenzlänge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>model default</source>
        <translation>Modellstandard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sequence length</source>
        <translation>Sequenzlänge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parallelism</source>
        <translation>Parallelisierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic (search the best plan)</source>
        <translation>Automatisch (besten Plan suchen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>parallelism</source>
        <translation>Parallelisierung</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+56"/>
        <source>Tensor parallel</source>
        <translation>Tensor-Parallelität</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Context parallel</source>
        <translation>Kontextparallel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline parallel</source>
        <translation>Pipeline-Parallelität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data parallel</source>
        <translation>Datenparallelität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual stages</source>
        <translation>Virtuelle Stufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert parallel</source>
        <translation>Experten-Parallelität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ZeRO stage</source>
        <translation>ZeRO-Stufe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>recompute</source>
        <translation>Neuberechnung</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../widgets/scoring/training_scorer.cpp" line="+45"/>
        <source>Recompute</source>
        <translation>Neuberechnung</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Input tokens</source>
        <translation>Eingabe-Tokens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Output tokens</source>
        <translation>Ausgabe-Tokens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request rate</source>
        <translation>Anfragerate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> req/s</source>
        <translation> Anfr./s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not set (closed loop)</source>
        <translation>nicht gesetzt (geschlossene Schleife)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poisson arrivals (open loop). Leave unset to use a fixed concurrency.</source>
        <translation>Poisson-Ankünfte (offene Schleife). Leer lassen für eine feste Parallelität.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Concurrency</source>
        <translation>Parallelität</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> clients</source>
        <translation> Clients</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Targets</source>
        <translation>Zielwerte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TTFT p99 ≤</source>
        <translation>TTFT p99 ≤</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+33"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+35"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>TPOT ≤</source>
        <translation>TPOT ≤</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latency p99 ≤</source>
        <translation>Latenz p99 ≤</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End to end (pre/post-processing)</source>
        <translation>Ende-zu-Ende (Vor-/Nachverarbeitung)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kernel only (MLPerf-style)</source>
        <translation>Nur Kernel (wie MLPerf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+34"/>
        <source>Measure</source>
        <translation>Messung</translation>
    </message>
    <message>
        <location line="-22"/>
        <source> fps</source>
        <translation> fps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fps per stream</source>
        <translation>fps pro Stream</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>camera&apos;s own</source>
        <translation>wie Kamera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analysed fps</source>
        <translation>Analysierte fps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames per second analysed per stream; unset uses each camera&apos;s frame rate.</source>
        <translation>Analysierte Bilder pro Sekunde und Stream; ohne Wert gilt die Bildrate der Kamera.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edge</source>
        <translation>Edge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hybrid</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>placement</source>
        <translation>Platzierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Placement</source>
        <translation>Platzierung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>latency budget</source>
        <translation>Latenzbudget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency budget</source>
        <translation>Latenzbudget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End to end (decode, resize, NMS)</source>
        <translation>Ende-zu-Ende (Dekodierung, Skalierung, NMS)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kernel only</source>
        <translation>Nur Kernel</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../widgets/report/report_writer.cpp" line="+167"/>
        <source>Assumptions</source>
        <translation>Annahmen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility power ÷ IT power.</source>
        <translation>Gesamtleistung des Rechenzentrums ÷ IT-Leistung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> $/kWh</source>
        <translation> $/kWh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>energy price</source>
        <translation>Strompreis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy price</source>
        <translation>Strompreis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> $/GPU-hour</source>
        <translation> $/GPU-Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>GPU-hour price</source>
        <translation>Preis pro GPU-Stunde</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Workload</source>
        <translation>Workload</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serving (inference)</source>
        <translation>Serving (Inferenz)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edge video analytics</source>
        <translation>Edge-Videoanalyse</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>workload kind</source>
        <translation>Workload-Art</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../widgets/report/report_writer.cpp" line="-123"/>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>watch</source>
        <translation>beobachten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Untitled design</source>
        <translation>Unbenannter Entwurf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ClusterCanvas design report</source>
        <translation>ClusterCanvas-Entwurfsbericht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scores</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location filename="../widgets/report/report_scenarios.cpp" line="+32"/>
        <source>Scenario comparison</source>
        <translation>Szenarienvergleich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every scenario kept in this design, scored the same way; changes are against %1.</source>
        <translation>Alle in diesem Entwurf gespeicherten Szenarien, gleich bewertet; Änderungen beziehen sich auf %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../widgets/report/report_writer.cpp" line="+4"/>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bottleneck / verdict</source>
        <translation>Engpass / Urteil</translation>
    </message>
    <message>
        <location filename="../widgets/report/report_writer.cpp" line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bill of materials</source>
        <translation>Stückliste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part</source>
        <translation>Bauteil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>Anz.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rack units</source>
        <translation>Höheneinheiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Power each</source>
        <translation>Leistung je Stück</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extended</source>
        <translation>Gesamtpreis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>included in %1</source>
        <translation>enthalten in %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+10"/>
        <source>not priced</source>
        <translation>ohne Preis</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Accelerators:</source>
        <translation>Beschleuniger:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rack units:</source>
        <translation>Höheneinheiten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power:</source>
        <translation>Leistung:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(max %1)</source>
        <translation>(max. %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capex:</source>
        <translation>Investitionskosten:</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> (%n line(s) without a public price are not included)</source>
        <translation>
            <numerusform> (%n Position ohne öffentlichen Preis ist nicht enthalten)</numerusform>
            <numerusform> (%n Positionen ohne öffentlichen Preis sind nicht enthalten)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prices:</source>
        <translation>Preise:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>public list prices, each with its date and source (see Sources)</source>
        <translation>öffentliche Listenpreise, jeweils mit Datum und Quelle (siehe Quellen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Design-rule findings</source>
        <translation>Befunde der Entwurfsregeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None: the design passes every rule.</source>
        <translation>Keine: Der Entwurf erfüllt alle Regeln.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PUE %1 · %2 $/kWh</source>
        <translation>PUE %1 · %2 $/kWh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %1 $/GPU-hour</source>
        <translation> · %1 $/GPU-Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · no GPU-hour price (cost to train counts energy only)</source>
        <translation> · kein Preis pro GPU-Stunde (Trainingskosten enthalten nur Energie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sources of hardware numbers</source>
        <translation>Quellen der Hardwaredaten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>, confidence %1</source>
        <translation>, Konfidenz %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Design source</source>
        <translation>Entwurfsquelle</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>folder does not exist: %1</source>
        <translation>Ordner existiert nicht: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../widgets/scoring/scorer.cpp" line="+21"/>
        <source>No workload: choose a training, serving or edge workload in the inspector (click the empty canvas).</source>
        <translation>Keine Workload: Wählen Sie im Inspektor eine Trainings-, Serving- oder Edge-Workload (auf die leere Zeichenfläche klicken).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The engine could not score this design: %1</source>
        <translation>Die Engine konnte diesen Entwurf nicht bewerten: %1</translation>
    </message>
    <message>
        <location filename="../widgets/scoring/serving_scorer.cpp" line="+45"/>
        <source>Latency vs offered load</source>
        <translation>Latenz über angebotener Last</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>requests/s</source>
        <translation>Anfragen/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TTFT (ms)</source>
        <translation>TTFT (ms)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>utilisation %1, limited by %2</source>
        <translation>Auslastung %1, begrenzt durch %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>p99 target</source>
        <translation>p99-Ziel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>knee</source>
        <translation>Knick</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Where a request&apos;s time goes (p50)</source>
        <translation>Wohin die Zeit einer Anfrage geht (p50)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prefill</source>
        <translation>Prefill</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queueing + batching</source>
        <translation>Warteschlange + Batching</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decode (all output tokens)</source>
        <translation>Decode (alle Ausgabe-Tokens)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency p50</source>
        <translation>Latenz p50</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p99 tail</source>
        <translation>p99-Ausläufer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Memory per GPU (capacity %1 GB)</source>
        <translation>Speicher pro GPU (Kapazität %1 GB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../widgets/scoring/training_scorer.cpp" line="+21"/>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../widgets/scoring/training_scorer.cpp" line="+1"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../widgets/scoring/training_scorer.cpp" line="+6"/>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KV cache in use</source>
        <translation>Belegter KV-Cache</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../widgets/scoring/training_scorer.cpp" line="+9"/>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../widgets/scoring/training_scorer.cpp" line="+92"/>
        <source>Limited by %1: %2</source>
        <translation>Begrenzt durch %1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 on %2 × %3 — %4 replica(s) of tp %5</source>
        <translation>%1 auf %2 × %3 — %4 Replikat(e) mit TP %5</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+13"/>
        <source>p50 %1</source>
        <translation>p50 %1</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>p99 %1 per token</source>
        <translation>p99 %1 pro Token</translation>
    </message>
    <message>
        <location filename="../widgets/scoring/training_scorer.cpp" line="-78"/>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <location filename="../widgets/scoring/serving_scorer.cpp" line="+3"/>
        <source>%1 requests/s</source>
        <translation>%1 Anfragen/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end to end, p50 %1</source>
        <translation>Ende-zu-Ende, p50 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sequences</source>
        <translation>%1 Sequenzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per replica; %1 running</source>
        <translation>pro Replikat; %1 laufend</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>overloaded: the queue grows without bound</source>
        <translation>überlastet: Die Warteschlange wächst unbegrenzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of the system&apos;s capacity</source>
        <translation>der Systemkapazität</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 GPUs</source>
        <translation>%1 GPUs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not reachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 replicas of tp %2 at %3 req/s</source>
        <translation>%1 Replikate mit TP %2 bei %3 Anfr./s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 Wh per 1,000 tokens</source>
        <translation>%1 Wh pro 1.000 Tokens</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 streams on %2 device(s) at %3 site(s) — placement: %4</source>
        <translation>%1 Streams auf %2 Gerät(en) an %3 Standort(en) — Platzierung: %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 needed</source>
        <translation>%1 benötigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at the edge</source>
        <translation>am Edge</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 Mb/s</source>
        <translation>%1 von %2 Mb/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WAN RTT p99 %1 ms</source>
        <translation>WAN-RTT p99 %1 ms</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>WAN + cloud inference</source>
        <translation>WAN + Cloud-Inferenz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fits</source>
        <translation>Passt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Does not fit</source>
        <translation>Passt nicht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Streams one device sustains, by limit</source>
        <translation>Streams pro Gerät nach begrenzendem Faktor</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+7"/>
        <source>streams</source>
        <translation>Streams</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Inference</source>
        <translation>Inferenz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Video decode</source>
        <translation>Videodekodierung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Host CPU</source>
        <translation>Host-CPU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needed</source>
        <translation>Benötigt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Streams vs edge devices</source>
        <translation>Streams über Edge-Geräten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Streams sustained</source>
        <translation>Tragbare Streams</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>limited by %1</source>
        <translation>begrenzt durch %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>streams at one site</source>
        <translation>Streams an einem Standort</translation>
    </message>
    <message>
        <location filename="../widgets/scoring/training_scorer.cpp" line="-61"/>
        <source>Where the step time goes</source>
        <translation>Wohin die Schrittzeit geht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>s per step</source>
        <translation>s pro Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forward</source>
        <translation>Vorwärtsdurchlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward</source>
        <translation>Rückwärtsdurchlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tensor-parallel comm.</source>
        <translation>Tensor-parallele Komm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert all-to-all</source>
        <translation>Experten-All-to-All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context-parallel K/V</source>
        <translation>Kontextparallel K/V</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline p2p</source>
        <translation>Pipeline-P2P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline bubble</source>
        <translation>Pipeline-Blase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data-parallel comm. (exposed)</source>
        <translation>Datenparallele Komm. (nicht überlappt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data-ingest stall</source>
        <translation>Wartezeit Dateneinlesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed overhead</source>
        <translation>Fixer Overhead</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Memory per GPU (capacity %1)</source>
        <translation>Speicher pro GPU (Kapazität %1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Gradients</source>
        <translation>Gradienten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimizer states</source>
        <translation>Optimiererzustände</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activations</source>
        <translation>Aktivierungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buffers + reserve</source>
        <translation>Puffer + Reserve</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Over capacity</source>
        <translation>Über Kapazität</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Growth: throughput as GPUs grow</source>
        <translation>Wachstum: Durchsatz bei mehr GPUs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tokens/s</source>
        <translation>Tokens/s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>samples/s</source>
        <translation>Samples/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scaling efficiency</source>
        <translation>Skalierungseffizienz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ideal (linear)</source>
        <translation>Ideal (linear)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scaling efficiency</source>
        <translation>Skalierungseffizienz</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>limited by %1%2, MFU %3</source>
        <translation>begrenzt durch %1%2, MFU %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (does not fit)</source>
        <translation> (passt nicht)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this design</source>
        <translation>dieser Entwurf</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 on %2 × %3 — %4</source>
        <translation>%1 auf %2 × %3 — %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 communication, %2 bubble</source>
        <translation>%1 Kommunikation, %2 Blase</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 per GPU</source>
        <translation>%1 pro GPU</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 TFLOP/s per GPU (model)</source>
        <translation>%1 TFLOP/s pro GPU (Modell)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fits, %1 headroom</source>
        <translation>passt, %1 Reserve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not fit: %1 over</source>
        <translation>passt nicht: %1 zu viel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 GPU-hours</source>
        <translation>%1 GPU-Stunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GPU-hours + energy</source>
        <translation>GPU-Stunden + Energie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>energy only (no GPU-hour price set)</source>
        <translation>nur Energie (kein Preis pro GPU-Stunde gesetzt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at PUE %1</source>
        <translation>bei PUE %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>set dataset tokens or samples</source>
        <translation>Datensatz-Tokens oder -Samples angeben</translation>
    </message>
    <message>
        <location filename="../widgets/panels/comparison_view.cpp" line="+40"/>
        <source>%1 better</source>
        <translation>%1 besser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 worse</source>
        <translation>%1 schlechter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 against the baseline</source>
        <translation>%1 gegenüber der Basis</translation>
    </message>
</context>
<context>
    <name>Resource</name>
    <message>
        <location filename="../widgets/scoring/serving_scorer.cpp" line="-221"/>
        <location filename="../widgets/scoring/training_scorer.cpp" line="-148"/>
        <source>compute</source>
        <translation>Rechenleistung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory bandwidth</source>
        <translation>Speicherbandbreite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KV-cache capacity</source>
        <translation>KV-Cache-Kapazität</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../widgets/scoring/training_scorer.cpp" line="+5"/>
        <source>memory capacity</source>
        <translation>Speicherkapazität</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../widgets/scoring/training_scorer.cpp" line="-4"/>
        <source>scale-up fabric</source>
        <translation>Scale-up-Fabric</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host CPU</source>
        <translation>Host-CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>video decode</source>
        <translation>Videodekodierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WAN uplink</source>
        <translation>WAN-Uplink</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WAN latency</source>
        <translation>WAN-Latenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>queueing</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location filename="../widgets/scoring/training_scorer.cpp" line="+1"/>
        <source>scale-out network</source>
        <translation>Scale-out-Netzwerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pipeline bubble</source>
        <translation>Pipeline-Blase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>storage</source>
        <translation>Speichersystem</translation>
    </message>
</context>
<context>
    <name>ThemeMenu</name>
    <message>
        <location filename="../widgets/main/theme_menu.cpp" line="+12"/>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>cc::studio::ChartView</name>
    <message>
        <location filename="../widgets/charts/chart_view.cpp" line="+145"/>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chart: %1</source>
        <translation>Diagramm: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Reset zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy chart</source>
        <translation>Diagramm kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save chart as PNG…</source>
        <translation>Diagramm als PNG speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save chart as SVG…</source>
        <translation>Diagramm als SVG speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
</context>
<context>
    <name>cc::studio::ComparisonView</name>
    <message>
        <location filename="../widgets/panels/comparison_view.cpp" line="+9"/>
        <source>Scenario comparison</source>
        <translation>Szenarienvergleich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare against:</source>
        <translation>Vergleichen mit:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Baseline scenario</source>
        <translation>Basisszenario</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scenario metrics</source>
        <translation>Szenariokennzahlen</translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>Scoring %n scenario(s)…</source>
        <translation>
            <numerusform>%n Szenario wird bewertet…</numerusform>
            <numerusform>%n Szenarien werden bewertet…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This design has one scenario. Use Scenarios → Duplicate as new scenario to add variants.</source>
        <translation>Dieser Entwurf hat nur ein Szenario. Varianten fügen Sie mit Szenarien → Als neues Szenario duplizieren hinzu.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n scenario(s); double-click a column title to open that scenario.</source>
        <translation>
            <numerusform>%n Szenario; Doppelklick auf einen Spaltentitel öffnet dieses Szenario.</numerusform>
            <numerusform>%n Szenarien; Doppelklick auf einen Spaltentitel öffnet dieses Szenario.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Canvas</source>
        <translation>Zeichenfläche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bottleneck / verdict</source>
        <translation>Engpass / Urteil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (baseline)</source>
        <translation> (Basis)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On the canvas now</source>
        <translation>Derzeit auf der Zeichenfläche</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not scored: %1</source>
        <translation>Nicht bewertet: %1</translation>
    </message>
</context>
<context>
    <name>cc::studio::ComponentsTableModel</name>
    <message>
        <location filename="../widgets/panels/parts_table_models.cpp" line="+66"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog entry</source>
        <translation>Katalogeintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group (replicas)</source>
        <translation>Gruppe (Replikate)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Top level</source>
        <translation>Oberste Ebene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (×%2)</source>
        <translation>%1 (×%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
</context>
<context>
    <name>cc::studio::DesignScene</name>
    <message>
        <location filename="../widgets/canvas/design_scene.cpp" line="+326"/>
        <source>Drag to a %1 port to link; Esc cancels.</source>
        <translation>Zum Verbinden auf einen %1-Port ziehen; Esc bricht ab.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No port there; the link was not made.</source>
        <translation>Dort ist kein Port; die Verbindung wurde nicht hergestellt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Link refused: %1</source>
        <translation>Verbindung abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Linked %1 to %2.</source>
        <translation>%1 mit %2 verbunden.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Move %n parts</source>
        <translation>
            <numerusform>%n Bauteil verschieben</numerusform>
            <numerusform>%n Bauteile verschieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::studio::DesignView</name>
    <message>
        <location filename="../widgets/canvas/minimap.cpp" line="+12"/>
        <source>Minimap</source>
        <translation>Übersichtskarte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overview: click to move the view there</source>
        <translation>Übersicht: Klicken, um die Ansicht dorthin zu bewegen</translation>
    </message>
    <message>
        <location filename="../widgets/canvas/design_view.cpp" line="+29"/>
        <source>Design canvas</source>
        <translation>Entwurfsfläche</translation>
    </message>
</context>
<context>
    <name>cc::studio::Document</name>
    <message>
        <location filename="../widgets/document/document.cpp" line="+36"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Delete item</source>
        <translation>Element löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Delete %n items</source>
        <translation>
            <numerusform>%n Element löschen</numerusform>
            <numerusform>%n Elemente löschen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Move %n parts</source>
        <translation>
            <numerusform>%n Bauteil verschieben</numerusform>
            <numerusform>%n Bauteile verschieben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Both ends must be parts of the design.</source>
        <translation>Beide Enden müssen Bauteile des Entwurfs sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Both ends must be ports.</source>
        <translation>Beide Enden müssen Ports sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A part cannot be linked to itself.</source>
        <translation>Ein Bauteil kann nicht mit sich selbst verbunden werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Link %1 to %2</source>
        <translation>%1 mit %2 verbinden</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+51"/>
        <location line="+18"/>
        <location line="+68"/>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message numerus="yes">
        <location line="-134"/>
        <source>%n link(s) removed: the new part&apos;s ports cannot carry them (Undo brings them back).</source>
        <translation>
            <numerusform>%n Verbindung entfernt: Die Ports des neuen Teils können sie nicht tragen (Rückgängig stellt sie wieder her).</numerusform>
            <numerusform>%n Verbindungen entfernt: Die Ports des neuen Teils können sie nicht tragen (Rückgängig stellt sie wieder her).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+95"/>
        <source>%1 (all scenarios)</source>
        <translation>%1 (alle Szenarien)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>×N</source>
        <translation>×N</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Group %n parts</source>
        <translation>
            <numerusform>%n Bauteil gruppieren</numerusform>
            <numerusform>%n Bauteile gruppieren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rename design</source>
        <translation>Entwurf umbenennen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Baseline</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show scenario %1</source>
        <translation>Szenario %1 anzeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New scenario %1</source>
        <translation>Neues Szenario %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this design has one scenario; duplicate it first to name scenarios</source>
        <translation>dieser Entwurf hat nur ein Szenario; duplizieren Sie es zuerst, um Szenarien zu benennen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rename scenario %1 to %2</source>
        <translation>Szenario %1 in %2 umbenennen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete scenario %1</source>
        <translation>Szenario %1 löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>Paste %n parts</source>
        <translation>
            <numerusform>%n Bauteil einfügen</numerusform>
            <numerusform>%n Bauteile einfügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::studio::ExplanationDialog</name>
    <message>
        <location filename="../widgets/panels/explanation_dialog.cpp" line="+64"/>
        <source>How this number is computed</source>
        <translation>Wie dieser Wert berechnet wird</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quantity</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Formula / source</source>
        <translation>Formel / Quelle</translation>
    </message>
</context>
<context>
    <name>cc::studio::FindingsPanel</name>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="+22"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Part</source>
        <translation>Bauteil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Design-rule findings</source>
        <translation>Befunde der Entwurfsregeln</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>No findings: the design passes every rule.</source>
        <translation>Keine Befunde: Der Entwurf erfüllt alle Regeln.</translation>
    </message>
</context>
<context>
    <name>cc::studio::GroupItem</name>
    <message>
        <location filename="../widgets/canvas/group_item.cpp" line="+110"/>
        <source>Replica count of %1</source>
        <translation>Anzahl der Replikate von %1</translation>
    </message>
</context>
<context>
    <name>cc::studio::InspectorWidget</name>
    <message>
        <location filename="../widgets/panels/inspector_widget.cpp" line="+66"/>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message numerus="yes">
        <location line="+128"/>
        <source>&lt;b&gt;%n parts selected&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:#5d6d7e&apos;&gt;Edits apply to all; fields they do not share are hidden.&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n Bauteil ausgewählt&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:#5d6d7e&apos;&gt;Änderungen gelten für alle; nicht gemeinsame Felder sind ausgeblendet.&lt;/span&gt;</numerusform>
            <numerusform>&lt;b&gt;%n Bauteile ausgewählt&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:#5d6d7e&apos;&gt;Änderungen gelten für alle; nicht gemeinsame Felder sind ausgeblendet.&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name: a part needs a name (it labels the canvas and the report).</source>
        <translation>Name: Ein Bauteil braucht einen Namen (er beschriftet Zeichenfläche und Bericht).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+165"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>part</source>
        <translation>Bauteil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Part</source>
        <translation>Bauteil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Identical parts drawn once (e.g. 16 cameras).</source>
        <translation>Gleiche Bauteile, einmal gezeichnet (z. B. 16 Kameras).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+15"/>
        <source>Accelerators</source>
        <translation>Beschleuniger</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+21"/>
        <source>As catalogued</source>
        <translation>Laut Katalog</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>accelerator</source>
        <translation>Beschleuniger</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accelerator</source>
        <translation>Beschleuniger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>accelerator count</source>
        <translation>Anzahl Beschleuniger</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+40"/>
        <source>as catalogued</source>
        <translation>laut Katalog</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Accelerators per node; the catalog&apos;s count unless set.</source>
        <translation>Beschleuniger pro Knoten; ohne Angabe gilt der Katalogwert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>scale-up fabric</source>
        <translation>Scale-up-Fabric</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scale-up fabric</source>
        <translation>Scale-up-Fabric</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>power mode</source>
        <translation>Leistungsmodus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power mode</source>
        <translation>Leistungsmodus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> TB</source>
        <translation> TB</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> nodes</source>
        <translation> Knoten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nodes rented</source>
        <translation>gemietete Knoten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on demand</source>
        <translation>nach Bedarf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nodes rented</source>
        <translation>Gemietete Knoten</translation>
    </message>
    <message>
        <location filename="../widgets/panels/inspector_ports.cpp" line="+42"/>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change fabric of link %1</source>
        <translation>Fabric der Verbindung %1 ändern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fabric</source>
        <translation>Fabric</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the link carries, per cable per direction. Both ends change; when the family changes (Ethernet ↔ InfiniBand) the ports linked to them follow, and NICs and switches become the catalog part that sells the new fabric.</source>
        <translation>Was die Verbindung trägt, pro Kabel und Richtung. Beide Enden ändern sich; wechselt die Familie (Ethernet ↔ InfiniBand), folgen die mit ihnen verbundenen Ports, und NICs und Switches werden zum Katalogteil, das die neue Fabric anbietet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cabled network ports are the server&apos;s scale-out bandwidth; NIC parts placed in its node group add theirs.</source>
        <translation>Verkabelte Netzwerkports sind die Scale-out-Bandbreite des Servers; NIC-Teile in seiner Knotengruppe zählen mit.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change fabric of port %1</source>
        <translation>Fabric von Port %1 ändern</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>port count</source>
        <translation>Portanzahl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> ports</source>
        <translation> Ports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ports in group %1</source>
        <translation>Ports in Gruppe %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identical ports in this group.</source>
        <translation>Gleiche Ports in dieser Gruppe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Remove port group %1</source>
        <translation>Portgruppe %1 entfernen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Remove this port group and the links on it.</source>
        <translation>Diese Portgruppe und ihre Verbindungen entfernen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fabric of port %1</source>
        <translation>Fabric von Port %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add a NIC…</source>
        <translation>NIC hinzufügen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add NIC ports</source>
        <translation>NIC-Ports hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add NIC</source>
        <translation>NIC hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds the NIC&apos;s ports to this server as a new port group (link it to a switch to use it).</source>
        <translation>Fügt die Ports der NIC diesem Server als neue Portgruppe hinzu (mit einem Switch verbinden, um sie zu nutzen).</translation>
    </message>
    <message>
        <location filename="../widgets/panels/inspector_widget.cpp" line="+17"/>
        <source>Link</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>Edits apply to all scenarios</source>
        <translation>Änderungen gelten für alle Szenarien</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every edit (fields, ×N, fabrics, Replace everywhere) changes the same parts, links and groups in every scenario of this design, as one undo step. Off: only the scenario on the canvas.</source>
        <translation>Jede Änderung (Felder, ×N, Fabrics, Überall ersetzen) ändert dieselben Teile, Verbindungen und Gruppen in jedem Szenario dieses Entwurfs, als ein Rückgängig-Schritt. Aus: nur das Szenario auf der Zeichenfläche.</translation>
    </message>
    <message>
        <location line="+253"/>
        <source> cables</source>
        <translation> Kabel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cables</source>
        <translation>Kabel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cables</source>
        <translation>Kabel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parallel cables drawn as one link.</source>
        <translation>Parallele Kabel, als eine Verbindung gezeichnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+70"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> µs</source>
        <translation> µs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fabric&apos;s own</source>
        <translation>wie Fabric</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra latency</source>
        <translation>Zusätzliche Latenz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One-way latency added to the fabric&apos;s own (long cables, WAN hops).</source>
        <translation>Einfache Latenz zusätzlich zur Fabric-Latenz (lange Kabel, WAN-Hops).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name: a group needs a name.</source>
        <translation>Name: Eine Gruppe braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>group name</source>
        <translation>Gruppenname</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>group kind</source>
        <translation>Gruppenart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This group stands for ×N identical copies everywhere: BOM, engine and report.</source>
        <translation>Diese Gruppe steht überall für ×N identische Kopien: Stückliste, Engine und Bericht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> kW</source>
        <translation> kW</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>power budget</source>
        <translation>Leistungsbudget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power budget</source>
        <translation>Leistungsbudget</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> U</source>
        <translation> HE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rack units</source>
        <translation>Höheneinheiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rack height</source>
        <translation>Rackhöhe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trays share one NVLink domain</source>
        <translation>Trays teilen sich eine NVLink-Domäne</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>NVLink domain</source>
        <translation>NVLink-Domäne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scale-up</source>
        <translation>Scale-up</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rack-scale systems (GB200/GB300 NVL72): every GPU in one copy of this group is one NVLink island for tensor, expert and context parallelism, up to the fabric&apos;s largest domain (72 for NVLink 5).</source>
        <translation>Rack-Systeme (GB200/GB300 NVL72): Jede GPU in einer Kopie dieser Gruppe gehört zu einer NVLink-Insel für Tensor-, Experten- und Kontextparallelität, bis zur größten Domäne der Fabric (72 bei NVLink 5).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Design</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title: the design needs a title (it heads the report).</source>
        <translation>Titel: Der Entwurf braucht einen Titel (er steht über dem Bericht).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
</context>
<context>
    <name>cc::studio::LinksTableModel</name>
    <message>
        <location filename="../widgets/panels/parts_table_models.cpp" line="+25"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fabric</source>
        <translation>Fabric</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bandwidth per cable, per direction</source>
        <translation>Bandbreite pro Kabel und Richtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cables</source>
        <translation>Kabel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length (m)</source>
        <translation>Länge (m)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cables</source>
        <translation>Kabel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>length</source>
        <translation>Länge</translation>
    </message>
</context>
<context>
    <name>cc::studio::MainWindow</name>
    <message>
        <location filename="../widgets/main/main_actions.cpp" line="+45"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New from template…</source>
        <translation>&amp;Neu aus Vorlage…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open design</source>
        <translation>Entwurf öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ClusterCanvas design (*.ccd);;All files (*)</source>
        <translation>ClusterCanvas-Entwurf (*.ccd);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import model (Hugging Face config.json)…</source>
        <translation>Modell &amp;importieren (Hugging Face config.json)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Prices</source>
        <translation>&amp;Preise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a &amp;price book…</source>
        <translation>&amp;Preisliste verwenden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export the price list…</source>
        <translation>Preisliste &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to &amp;public list prices</source>
        <translation>Zurück zu &amp;öffentlichen Listenpreisen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export customer &amp;report (PDF)…</source>
        <translation>Kunden&amp;bericht exportieren (PDF)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select &amp;all</source>
        <translation>Alles a&amp;uswählen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Group selection…</source>
        <translation>Auswahl &amp;gruppieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace part everywhere…</source>
        <translation>Teil überall &amp;ersetzen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the selected part&apos;s type, or the selected link&apos;s fabric, everywhere in the design</source>
        <translation>Den Typ des gewählten Teils oder die Fabric der gewählten Verbindung überall im Entwurf ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edits apply to all &amp;scenarios</source>
        <translation>Änderungen gelten für alle &amp;Szenarien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every edit changes the same parts, links and groups in every scenario, as one undo step</source>
        <translation>Jede Änderung ändert dieselben Teile, Verbindungen und Gruppen in jedem Szenario, als ein Rückgängig-Schritt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A&amp;rrange</source>
        <translation>An&amp;ordnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align left</source>
        <translation>Links ausrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align top</source>
        <translation>Oben ausrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align horizontal centres</source>
        <translation>Horizontal zentriert ausrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align vertical centres</source>
        <translation>Vertikal zentriert ausrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distribute horizontally</source>
        <translation>Horizontal verteilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distribute vertically</source>
        <translation>Vertikal verteilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find part…</source>
        <translation>Bauteil suchen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom to &amp;fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual size (100 %)</source>
        <translation>Originalgröße (100 %)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Colour parts and links by how busy they are (grey idle under 5 %, green &lt; 60 %, amber &lt; 85 %, red above)</source>
        <translation>Teile und Verbindungen nach Auslastung färben (grau ungenutzt unter 5 %, grün &lt; 60 %, gelb &lt; 85 %, rot darüber)</translation>
    </message>
    <message>
        <location filename="../widgets/main/main_window.cpp" line="+140"/>
        <source>&amp;Minimap</source>
        <translation>Übersichts&amp;karte</translation>
    </message>
    <message>
        <location filename="../widgets/main/main_actions.cpp" line="-3"/>
        <source>&amp;Utilisation heat overlay</source>
        <translation>Auslastungs-&amp;Heatmap</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Panels</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Explain the scores…</source>
        <translation>Bewertungen erklären…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ClusterCanvas</source>
        <translation>Ü&amp;ber ClusterCanvas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About ClusterCanvas</source>
        <translation>Über ClusterCanvas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;ClusterCanvas %1&lt;/b&gt;&lt;p&gt;Design AI infrastructure and see how it scores: training, inference and edge. Every hardware number carries its source.&lt;/p&gt;</source>
        <translation>&lt;b&gt;ClusterCanvas %1&lt;/b&gt;&lt;p&gt;KI-Infrastruktur entwerfen und ihre Bewertung sehen: Training, Inferenz und Edge. Jeder Hardwarewert nennt seine Quelle.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Copied %n part(s)</source>
        <translation>
            <numerusform>%n Bauteil kopiert</numerusform>
            <numerusform>%n Bauteile kopiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing to paste: the clipboard holds no ClusterCanvas parts (%1)</source>
        <translation>Nichts einzufügen: Die Zwischenablage enthält keine ClusterCanvas-Bauteile (%1)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Align</source>
        <translation>Ausrichten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Distribute</source>
        <translation>Verteilen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select the parts to group first.</source>
        <translation>Wählen Sie zuerst die zu gruppierenden Bauteile aus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Kind of group:</source>
        <translation>Art der Gruppe:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../widgets/main/main_scenarios.cpp" line="+44"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select a part or a link first: Replace everywhere changes what it is made of.</source>
        <translation>Zuerst ein Teil oder eine Verbindung wählen: Überall ersetzen ändert, woraus es besteht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../widgets/main/main_export.cpp" line="+50"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../widgets/main/main_export.cpp" line="+9"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report written to %1</source>
        <translation>Bericht geschrieben nach %1</translation>
    </message>
    <message>
        <location filename="../widgets/main/main_export.cpp" line="-35"/>
        <source>&amp;Export canvas</source>
        <translation>Zeichenfläche &amp;exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image, 1× (screen size)…</source>
        <translation>PNG-Bild, 1× (Bildschirmgröße)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image, 2× (sharp on HiDPI)…</source>
        <translation>PNG-Bild, 2× (scharf auf HiDPI)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image, 4× (posters, slides)…</source>
        <translation>PNG-Bild, 4× (Poster, Folien)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SVG drawing (vector)…</source>
        <translation>SVG-Zeichnung (Vektor)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (vector)…</source>
        <translation>PDF-Dokument (Vektor)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export canvas</source>
        <translation>Zeichenfläche exportieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Canvas exported to %1</source>
        <translation>Zeichenfläche exportiert nach %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Printing failed: the printer could not be opened.</source>
        <translation>Drucken fehlgeschlagen: Der Drucker konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print design</source>
        <translation>Entwurf drucken</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/main/main_window.cpp" line="-66"/>
        <location line="+6"/>
        <source>Zoom %1 %</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+13"/>
        <source>Scored in %1 ms</source>
        <translation>Bewertet in %1 ms</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+15"/>
        <source>Scoring…</source>
        <translation>Bewertung läuft…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Zoom 100 %</source>
        <translation>Zoom 100 %</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Parts</source>
        <translation>Bauteile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opened design</source>
        <translation>Geöffneter Entwurf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit history</source>
        <translation>Bearbeitungsverlauf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+17"/>
        <source>Design rules</source>
        <translation>Entwurfsregeln</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Parts table</source>
        <translation>Bauteiltabelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to parts table</source>
        <translation>Zur Bauteiltabelle</translation>
    </message>
    <message numerus="yes">
        <location line="-104"/>
        <location line="+114"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-114"/>
        <location line="+114"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Design rules (%1)</source>
        <translation>Entwurfsregeln (%1)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 (recovered)</source>
        <translation>%1 (wiederhergestellt)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot open design</source>
        <translation>Entwurf kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be opened:

%2

The current design is unchanged.</source>
        <translation>%1 konnte nicht geöffnet werden:

%2

Der aktuelle Entwurf bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Untitled design</source>
        <translation>Unbenannter Entwurf</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open template</source>
        <translation>Vorlage kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+19"/>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>The design was not saved:

%1

The previous file is untouched.</source>
        <translation>Der Entwurf wurde nicht gespeichert:

%1

Die bisherige Datei ist unverändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save design</source>
        <translation>Entwurf speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ClusterCanvas design (*.ccd)</source>
        <translation>ClusterCanvas-Entwurf (*.ccd)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The design was not saved:

%1</source>
        <translation>Der Entwurf wurde nicht gespeichert:

%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the changes to %1 first?</source>
        <translation>Änderungen an %1 zuerst speichern?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an untitled design</source>
        <translation>einen unbenannten Entwurf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recover unsaved work?</source>
        <translation>Nicht gespeicherte Arbeit wiederherstellen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ClusterCanvas did not close normally. An autosaved copy of %1 (“%2”) from %3 was found.</source>
        <translation>ClusterCanvas wurde nicht normal beendet. Eine automatisch gespeicherte Kopie von %1 („%2“) vom %3 wurde gefunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovering opens the copy as an unsaved design; your file on disk is not changed until you save.</source>
        <translation>Beim Wiederherstellen wird die Kopie als ungespeicherter Entwurf geöffnet; Ihre Datei auf der Festplatte bleibt bis zum Speichern unverändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recover</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard copy</source>
        <translation>Kopie verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot recover</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No explanation: the design has not been scored.</source>
        <translation>Keine Erklärung: Der Entwurf wurde noch nicht bewertet.</translation>
    </message>
    <message>
        <location filename="../widgets/main/main_scenarios.cpp" line="-14"/>
        <source>&amp;Scenarios</source>
        <translation>&amp;Szenarien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplicate as new scenario…</source>
        <translation>Als neues Szenario &amp;duplizieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>New scenario</source>
        <translation>Neues Szenario</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Name of the copy:</source>
        <translation>Name der Kopie:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Rename scenario…</source>
        <translation>Szenario &amp;umbenennen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Rename scenario</source>
        <translation>Szenario umbenennen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete scenario</source>
        <translation>Szenario &amp;löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Delete scenario</source>
        <translation>Szenario löschen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Delete scenario %1? You can undo this.</source>
        <translation>Szenario %1 löschen? Dies lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Previous scenario</source>
        <translation>&amp;Vorheriges Szenario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next scenario</source>
        <translation>&amp;Nächstes Szenario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Compare scenarios…</source>
        <translation>Szenarien ver&amp;gleichen…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> Scenario </source>
        <translation> Szenario </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenario on the canvas</source>
        <translation>Szenario auf der Zeichenfläche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which scenario of this design the canvas shows</source>
        <translation>Welches Szenario dieses Entwurfs die Zeichenfläche zeigt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Scenario %1 · %2 of %3   ← →</source>
        <translation>Szenario %1 · %2 von %3   ← →</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scenario %1</source>
        <translation>Szenario %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compare scenarios</source>
        <translation>Szenarien vergleichen</translation>
    </message>
    <message>
        <location filename="../widgets/main/main_import_model.cpp" line="+25"/>
        <source>The workload did not accept the model.</source>
        <translation>Die Arbeitslast hat das Modell nicht übernommen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Model &quot;%1&quot; imported from %2</source>
        <translation>Modell „%1“ aus %2 importiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import model from a Hugging Face config.json</source>
        <translation>Modell aus einer Hugging-Face-config.json importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hugging Face config (*.json);;All files (*)</source>
        <translation>Hugging-Face-Konfiguration (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Import model</source>
        <translation>Modell importieren</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Cannot import the model:
%1</source>
        <translation>Das Modell kann nicht importiert werden:
%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model is now the workload&apos;s model (saved with the design). Notes on the import:

%1</source>
        <translation>Das Modell ist jetzt das Modell der Arbeitslast (wird mit dem Entwurf gespeichert). Hinweise zum Import:

%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/main/main_price_book.cpp" line="+37"/>
        <source>Prices: %1 (%n part(s) priced from it)</source>
        <translation>
            <numerusform>Preise: %1 (%n Teil daraus bepreist)</numerusform>
            <numerusform>Preise: %1 (%n Teile daraus bepreist)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Prices: public list prices of the catalog</source>
        <translation>Preise: öffentliche Listenpreise des Katalogs</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your price book %1 was not applied: %2</source>
        <translation>Ihre Preisliste %1 wurde nicht angewendet: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Price book (CSV: part, unit_price, currency, valid_from, note)</source>
        <translation>Preisliste (CSV: part, unit_price, currency, valid_from, note)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price book (*.csv);;All files (*)</source>
        <translation>Preisliste (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price book</source>
        <translation>Preisliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The price book was not applied: no price from it is used until every row is valid.

%1</source>
        <translation>Die Preisliste wurde nicht angewendet: Kein Preis daraus wird verwendet, solange nicht jede Zeile gültig ist.

%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Export price list</source>
        <translation>Preisliste exportieren</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Price book (*.csv)</source>
        <translation>Preisliste (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price list written to %1</source>
        <translation>Preisliste nach %1 geschrieben</translation>
    </message>
</context>
<context>
    <name>cc::studio::PaletteWidget</name>
    <message>
        <location filename="../widgets/panels/palette_widget.cpp" line="+12"/>
        <source>Search parts (name, vendor, spec)…</source>
        <translation>Bauteile suchen (Name, Hersteller, Daten)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search parts</source>
        <translation>Bauteile suchen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Parts palette</source>
        <translation>Bauteilpalette</translation>
    </message>
</context>
<context>
    <name>cc::studio::PartsTablePanel</name>
    <message>
        <location filename="../widgets/panels/parts_table_panel.cpp" line="+33"/>
        <source>Parts table</source>
        <translation>Bauteiltabelle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Components table</source>
        <translation>Komponententabelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links table</source>
        <translation>Verbindungstabelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Components</source>
        <translation>&amp;Komponenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Links</source>
        <translation>&amp;Verbindungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts table: components and links</source>
        <translation>Bauteiltabelle: Komponenten und Verbindungen</translation>
    </message>
</context>
<context>
    <name>cc::studio::ReplaceDialog</name>
    <message>
        <location filename="../widgets/main/replace_dialog.cpp" line="+25"/>
        <source>Replace everywhere</source>
        <translation>Überall ersetzen</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Replace every “%1” (%n part(s) in this scenario) with:</source>
        <translation>
            <numerusform>Jedes „%1“ (%n Teil in diesem Szenario) ersetzen durch:</numerusform>
            <numerusform>Jedes „%1“ (%n Teile in diesem Szenario) ersetzen durch:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Replace %1 on every port and link that carries it with:</source>
        <translation>%1 an jedem Port und jeder Verbindung, die sie tragen, ersetzen durch:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Links keep their ends. When the fabric family changes, the ports linked to the changed ones follow, and NICs and switches become the catalog part that sells the new fabric.</source>
        <translation>Verbindungen behalten ihre Enden. Wechselt die Fabric-Familie, folgen die mit den geänderten verbundenen Ports, und NICs und Switches werden zum Katalogteil, das die neue Fabric anbietet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In all scenarios</source>
        <translation>In allen Szenarien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same switch as the inspector&apos;s “Edits apply to all scenarios”.</source>
        <translation>Derselbe Schalter wie „Änderungen gelten für alle Szenarien“ im Inspektor.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+3"/>
        <source>Replace %1 with %2</source>
        <translation>%1 durch %2 ersetzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not replaced: %1</source>
        <translation>Nicht ersetzt: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replaced: %1</source>
        <translation>Ersetzt: %1</translation>
    </message>
</context>
<context>
    <name>cc::studio::ResultsPanel</name>
    <message>
        <location filename="../widgets/panels/results_panel.cpp" line="+58"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Chart shown</source>
        <translation>Angezeigtes Diagramm</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chart:</source>
        <translation>Diagramm:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What if…</source>
        <translation>Was wäre, wenn…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What-if sliders</source>
        <translation>Was-wäre-wenn-Schieberegler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPUs (×N)</source>
        <translation>GPUs (×N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model size</source>
        <translation>Modellgröße</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load / users</source>
        <translation>Last / Nutzer</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Back to the design</source>
        <translation>Zurück zum Entwurf</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>   (what-if)</source>
        <translation>   (Was-wäre-wenn)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Assumed: </source>
        <translation>Angenommen: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (+%1 more in the explanation)</source>
        <translation> (+%1 weitere in der Erklärung)</translation>
    </message>
</context>
<context>
    <name>cc::studio::ScoreCardWidget</name>
    <message>
        <location filename="../widgets/panels/score_cards.cpp" line="+58"/>
        <source>%1: %2
%3
Click to see how it is computed.</source>
        <translation>%1: %2
%3
Klicken, um die Berechnung zu sehen.</translation>
    </message>
</context>
<context>
    <name>cc::studio::ScoreCardsView</name>
    <message>
        <location line="+30"/>
        <source>Score cards</source>
        <translation>Bewertungskarten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Score caveats</source>
        <translation>Vorbehalte zur Bewertung</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>cc::studio::TemplateGallery</name>
    <message>
        <location filename="../widgets/main/template_gallery.cpp" line="+38"/>
        <source>New design</source>
        <translation>Neuer Entwurf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start from a template (you can change everything) or from an empty canvas.</source>
        <translation>Mit einer Vorlage (alles lässt sich ändern) oder einer leeren Zeichenfläche beginnen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Empty design</source>
        <translation>Leerer Entwurf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An empty canvas: drag parts from the palette.</source>
        <translation>Eine leere Zeichenfläche: Bauteile aus der Palette ziehen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../widgets/studio_app.cpp" line="+154"/>
        <source>ClusterCanvas studio: design AI infrastructure and score it.</source>
        <translation>ClusterCanvas Studio: KI-Infrastruktur entwerfen und bewerten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Design to open (.ccd); the default template if omitted.</source>
        <translation>Zu öffnender Entwurf (.ccd); ohne Angabe die Standardvorlage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Render the main window to OUT.png and exit.</source>
        <translation>Hauptfenster nach OUT.png rendern und beenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window size for --screenshot (default 1600x1000).</source>
        <translation>Fenstergröße für --screenshot (Standard 1600x1000).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the customer report of FILE (or the default template) to OUT.pdf and exit.</source>
        <translation>Kundenbericht von FILE (oder der Standardvorlage) nach OUT.pdf schreiben und beenden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the canvas of FILE (or the default template) to OUT.png, OUT.svg or OUT.pdf and exit.</source>
        <translation>Zeichenfläche von FILE (oder der Standardvorlage) nach OUT.png, OUT.svg oder OUT.pdf exportieren und beenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pixels per canvas unit for --export-canvas PNG (default 1; 2 or 4 for sharper images).</source>
        <translation>Pixel pro Zeichenflächeneinheit für PNG mit --export-canvas (Standard 1; 2 oder 4 für schärfere Bilder).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What --screenshot captures: main (default), compare (the scenario comparison), presentation, or heat (the main window with the utilisation overlay).</source>
        <translation>Was --screenshot aufnimmt: main (Standard), compare (der Szenarienvergleich), presentation oder heat (das Hauptfenster mit der Auslastungsanzeige).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Colour theme for this run: system, light or dark (default: the one chosen in View → Theme).</source>
        <translation>Farbschema für diesen Lauf: system, light oder dark (Standard: das unter Ansicht → Farbschema gewählte).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User interface language: en, de, ja or zh_CN (default: the View → Language setting or the system locale).</source>
        <translation>Sprache der Oberfläche: en, de, ja oder zh_CN (Standard: Einstellung unter Ansicht → Sprache oder die Systemsprache).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With --report: prices from this price book (CSV) instead of the catalog&apos;s.</source>
        <translation>Mit --report: Preise aus dieser Preisliste (CSV) statt aus dem Katalog.</translation>
    </message>
</context>
</TS>
