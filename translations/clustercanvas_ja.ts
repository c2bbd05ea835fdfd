<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>CanvasExport</name>
    <message>
        <location filename="../widgets/main/canvas_export.cpp" line="+85"/>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to export: the canvas is empty.</source>
        <translation>エクスポートするものがありません: キャンバスが空です。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The PNG scale must be between %1× and %2×.</source>
        <translation>PNG の倍率は %1× から %2× の範囲で指定してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The canvas is too large for a %1× PNG (%2 × %3 px); choose a smaller scale or SVG/PDF.</source>
        <translation>キャンバスが大きすぎて %1× の PNG（%2 × %3 px）を作成できません。倍率を下げるか、SVG/PDF を選んでください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not enough memory for a %1 × %2 px image.</source>
        <translation>%1 × %2 px の画像を作成するためのメモリが不足しています。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not encode the PNG image.</source>
        <translation>PNG 画像をエンコードできませんでした。</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+24"/>
        <source>ClusterCanvas design</source>
        <translation>ClusterCanvas 設計</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Canvas exported by ClusterCanvas</source>
        <translation>ClusterCanvas でエクスポートしたキャンバス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not start the SVG drawing.</source>
        <translation>SVG 図面の作成を開始できませんでした。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Could not start the PDF document.</source>
        <translation>PDF 文書の作成を開始できませんでした。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown export format for %1: use .png, .svg or .pdf.</source>
        <translation>%1 のエクスポート形式が不明です: .png、.svg、.pdf のいずれかを使用してください。</translation>
    </message>
</context>
<context>
    <name>CatalogText</name>
    <message>
        <location filename="../widgets/panels/catalog_text.cpp" line="+51"/>
        <source>read %1 GB/s</source>
        <translation>読み出し %1 GB/s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>up to %1 W</source>
        <translation>最大 %1 W</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 Mb/s typical</source>
        <translation>標準 %1 Mb/s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>$%1/node-hour</source>
        <translation>$%1/ノード時間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 GB/s per accelerator per direction</source>
        <translation>アクセラレータあたり片方向 %1 GB/s</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>List price ≈ %1</source>
        <translation>定価 ≈ %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not priced</source>
        <translation>価格なし</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source: %1</source>
        <translation>出典: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (confidence: %1)</source>
        <translation>（信頼度: %1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From %1</source>
        <translation>%1 から</translation>
    </message>
</context>
<context>
    <name>FabricEdit</name>
    <message>
        <location filename="../widgets/panels/fabric_text.cpp" line="+28"/>
        <source>%1 on %2, %3</source>
        <translation>%1（%2、%3）</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n port group(s)</source>
        <translation>
            <numerusform>%n 個のポートグループ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n 個の部品</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n 本のリンク</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n scenario(s)</source>
        <translation>
            <numerusform>%n 個のシナリオで</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeatLegend</name>
    <message>
        <location filename="../widgets/canvas/heat_legend.cpp" line="+17"/>
        <source>Utilisation:</source>
        <translation>使用率:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>idle (under %1)</source>
        <translation>アイドル（%1 未満）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 and above</source>
        <translation>%1 以上</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Heat overlay legend</source>
        <translation>ヒートオーバーレイの凡例</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../widgets/style/language.cpp" line="+104"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language changes the next time you start ClusterCanvas.</source>
        <translation>言語は次回 ClusterCanvas を起動したときに切り替わります。</translation>
    </message>
</context>
<context>
    <name>Metric</name>
    <message>
        <location filename="../widgets/scoring/metric_card.cpp" line="+11"/>
        <source>Accelerators</source>
        <translation>アクセラレータ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power (nominal)</source>
        <translation>定格電力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List price</source>
        <translation>定価</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step time</source>
        <translation>ステップ時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throughput</source>
        <translation>スループット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory per GPU</source>
        <translation>GPU あたりのメモリ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPUs used</source>
        <translation>使用 GPU 数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to train</source>
        <translation>学習時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost to train</source>
        <translation>学習コスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy to train</source>
        <translation>学習エネルギー</translation>
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
        <translation>レイテンシ p99</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KV-cache limit</source>
        <translation>KV キャッシュ上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utilisation</source>
        <translation>使用率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPUs for the target</source>
        <translation>目標達成に必要な GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per 1 M tokens</source>
        <translation>100 万トークンあたりのコスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power</source>
        <translation>電力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Streams per device</source>
        <translation>デバイスあたりのストリーム数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per-frame latency</source>
        <translation>フレームあたりのレイテンシ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uplink needed</source>
        <translation>必要なアップリンク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud path p99</source>
        <translation>クラウド経路 p99</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power per site</source>
        <translation>拠点あたりの電力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fits the budget</source>
        <translation>予算内</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <location filename="../widgets/panels/palette_widget.cpp" line="+77"/>
        <source>Accelerators</source>
        <translation>アクセラレータ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nodes and hosts</source>
        <translation>ノードとホスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edge devices</source>
        <translation>エッジデバイス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Streams, WAN and cloud</source>
        <translation>ストリーム、WAN、クラウド</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../widgets/canvas/component_item.cpp" line="+24"/>
        <source>%1 — %2 × %3 %4
Drag to another port to link.</source>
        <translation>%1 — %2 × %3 %4
別のポートへドラッグして接続します。</translation>
    </message>
    <message>
        <location filename="../widgets/canvas/group_item.cpp" line="+39"/>
        <source>%1 %2 — stands for ×%3 copies (×%4 in all with its parents).
Double-click the badge to change ×N.</source>
        <translation>%1 %2 — ×%3 個のコピーを表します（親を含めて合計 ×%4）。
バッジをダブルクリックすると ×N を変更できます。</translation>
    </message>
    <message>
        <location filename="../widgets/canvas/link_item.cpp" line="+30"/>
        <source>%1 link %2
%3.%4 ↔ %5.%6
%7 per direction%8</source>
        <translation>%1 リンク %2
%3.%4 ↔ %5.%6
片方向 %7%8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 m</source>
        <translation>、%1 m</translation>
    </message>
    <message>
        <location filename="../widgets/charts/chart_view.cpp" line="+114"/>
        <source>%1, millions</source>
        <translation>%1（百万単位）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, thousands</source>
        <translation>%1（千単位）</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No data</source>
        <translation>データなし</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> — no data</source>
        <translation> — データなし</translation>
    </message>
    <message>
        <location filename="../widgets/panels/workload_form.cpp" line="+62"/>
        <source>model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Custom: %1</source>
        <translation>カスタム: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>software stack</source>
        <translation>ソフトウェアスタック</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Software stack</source>
        <translation>ソフトウェアスタック</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default (%1)</source>
        <translation>既定 (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The software the workload runs on. Default: the stack the accelerator&apos;s vendor publishes its results with.</source>
        <translation>ワークロードを実行するソフトウェア。既定: アクセラレータのベンダーが公開結果に使っているスタック。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> B tokens</source>
        <translation> B トークン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dataset tokens</source>
        <translation>データセットのトークン数</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <location line="+78"/>
        <location line="+74"/>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Dataset</source>
        <translation>データセット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens in the whole training run (billions); sets time, cost and energy to train.</source>
        <translation>学習全体のトークン数（10 億単位）。学習時間、コスト、エネルギーの算出に使います。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source> samples</source>
        <translation> サンプル</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>dataset samples</source>
        <translation>データセットのサンプル数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>or samples</source>
        <translation>またはサンプル数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images or sequences in the whole run, for non-token models (e.g. epochs × dataset).</source>
        <translation>トークンを使わないモデル向けの、学習全体の画像数またはシーケンス数（例: エポック数 × データセット）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>global batch</source>
        <translation>グローバルバッチ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Global batch</source>
        <translation>グローバルバッチ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <location line="+3"/>
        <source> tokens</source>
        <translation> トークン</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>sequence length</source>
        <translation>シーケンス長</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>model default</source>
        <translation>モデルの既定値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sequence length</source>
        <translation>シーケンス長</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parallelism</source>
        <translation>並列化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic (search the best plan)</source>
        <translation>自動（最適なプランを探索）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>parallelism</source>
        <translation>並列化</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+56"/>
        <source>Tensor parallel</source>
        <translation>テンソル並列</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Context parallel</source>
        <translation>コンテキスト並列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline parallel</source>
        <translation>パイプライン並列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data parallel</source>
        <translation>データ並列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual stages</source>
        <translation>仮想ステージ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert parallel</source>
        <translation>エキスパート並列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ZeRO stage</source>
        <translation>ZeRO ステージ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>recompute</source>
        <translation>再計算</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../widgets/scoring/training_scorer.cpp" line="+45"/>
        <source>Recompute</source>
        <translation>再計算</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Input tokens</source>
        <translation>入力トークン数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Output tokens</source>
        <translation>出力トークン数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request rate</source>
        <translation>リクエストレート</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> req/s</source>
        <translation> req/s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not set (closed loop)</source>
        <translation>未設定（クローズドループ）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poisson arrivals (open loop). Leave unset to use a fixed concurrency.</source>
        <translation>ポアソン到着（オープンループ）。未設定の場合は固定の同時実行数を使います。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Concurrency</source>
        <translation>同時実行数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> clients</source>
        <translation> クライアント</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Targets</source>
        <translation>目標</translation>
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
        <translation>なし</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>TPOT ≤</source>
        <translation>TPOT ≤</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latency p99 ≤</source>
        <translation>レイテンシ p99 ≤</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End to end (pre/post-processing)</source>
        <translation>エンドツーエンド（前処理・後処理込み）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kernel only (MLPerf-style)</source>
        <translation>カーネルのみ（MLPerf 方式）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>pipeline</source>
        <translation>パイプライン</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+34"/>
        <source>Measure</source>
        <translation>計測範囲</translation>
    </message>
    <message>
        <location line="-22"/>
        <source> fps</source>
        <translation> fps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fps per stream</source>
        <translation>ストリームあたりの fps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>camera&apos;s own</source>
        <translation>カメラの設定値</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analysed fps</source>
        <translation>解析 fps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames per second analysed per stream; unset uses each camera&apos;s frame rate.</source>
        <translation>ストリームごとに 1 秒あたり解析するフレーム数。未設定の場合は各カメラのフレームレートを使います。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edge</source>
        <translation>エッジ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud</source>
        <translation>クラウド</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hybrid</source>
        <translation>ハイブリッド</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>placement</source>
        <translation>配置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Placement</source>
        <translation>配置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>latency budget</source>
        <translation>レイテンシ予算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency budget</source>
        <translation>レイテンシ予算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End to end (decode, resize, NMS)</source>
        <translation>エンドツーエンド（デコード、リサイズ、NMS）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kernel only</source>
        <translation>カーネルのみ</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../widgets/report/report_writer.cpp" line="+167"/>
        <source>Assumptions</source>
        <translation>前提条件</translation>
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
        <translation>施設全体の電力 ÷ IT 機器の電力。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> $/kWh</source>
        <translation> $/kWh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>energy price</source>
        <translation>電力単価</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy price</source>
        <translation>電力単価</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> $/GPU-hour</source>
        <translation> $/GPU 時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>GPU-hour price</source>
        <translation>GPU 時間単価</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Workload</source>
        <translation>ワークロード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>学習</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serving (inference)</source>
        <translation>サービング（推論）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edge video analytics</source>
        <translation>エッジ映像解析</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>workload kind</source>
        <translation>ワークロードの種類</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../widgets/report/report_writer.cpp" line="-123"/>
        <source>good</source>
        <translation>良好</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>watch</source>
        <translation>要注意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>problem</source>
        <translation>問題あり</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>info</source>
        <translation>情報</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Untitled design</source>
        <translation>無題の設計</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ClusterCanvas design report</source>
        <translation>ClusterCanvas 設計レポート</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scores</source>
        <translation>評価結果</translation>
    </message>
    <message>
        <location filename="../widgets/report/report_scenarios.cpp" line="+32"/>
        <source>Scenario comparison</source>
        <translation>シナリオ比較</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every scenario kept in this design, scored the same way; changes are against %1.</source>
        <translation>この設計に保存されているすべてのシナリオを同じ方法で評価しています。変化は %1 との比較です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../widgets/report/report_writer.cpp" line="+4"/>
        <source>Metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bottleneck / verdict</source>
        <translation>ボトルネック / 判定</translation>
    </message>
    <message>
        <location filename="../widgets/report/report_writer.cpp" line="+0"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bill of materials</source>
        <translation>部品表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part</source>
        <translation>部品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rack units</source>
        <translation>ラックユニット</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Power each</source>
        <translation>単体電力</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit price</source>
        <translation>単価</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extended</source>
        <translation>小計</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>included in %1</source>
        <translation>%1 に含まれる</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+10"/>
        <source>not priced</source>
        <translation>価格なし</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Accelerators:</source>
        <translation>アクセラレータ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rack units:</source>
        <translation>ラックユニット:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power:</source>
        <translation>電力:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(max %1)</source>
        <translation>（最大 %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capex:</source>
        <translation>設備投資:</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> (%n line(s) without a public price are not included)</source>
        <translation>
            <numerusform>（公開価格のない %n 行は含まれていません）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prices:</source>
        <translation>価格:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>public list prices, each with its date and source (see Sources)</source>
        <translation>公開定価（それぞれ日付と出典付き、出典を参照）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Design-rule findings</source>
        <translation>設計ルールの指摘事項</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None: the design passes every rule.</source>
        <translation>なし: この設計はすべてのルールを満たしています。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PUE %1 · %2 $/kWh</source>
        <translation>PUE %1 · %2 $/kWh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %1 $/GPU-hour</source>
        <translation> · %1 $/GPU 時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · no GPU-hour price (cost to train counts energy only)</source>
        <translation> · GPU 時間単価なし（学習コストはエネルギーのみ）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sources of hardware numbers</source>
        <translation>ハードウェア数値の出典</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>, confidence %1</source>
        <translation>、信頼度 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Design source</source>
        <translation>設計の出典</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>folder does not exist: %1</source>
        <translation>フォルダが存在しません: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot write %1</source>
        <translation>%1 に書き込めません</translation>
    </message>
    <message>
        <location filename="../widgets/scoring/scorer.cpp" line="+21"/>
        <source>No workload: choose a training, serving or edge workload in the inspector (click the empty canvas).</source>
        <translation>ワークロードがありません: インスペクタで学習、サービング、エッジのいずれかを選んでください（キャンバスの空き領域をクリック）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The engine could not score this design: %1</source>
        <translation>エンジンはこの設計を評価できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../widgets/scoring/serving_scorer.cpp" line="+45"/>
        <source>Latency vs offered load</source>
        <translation>レイテンシと負荷の関係</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>requests/s</source>
        <translation>リクエスト/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TTFT (ms)</source>
        <translation>TTFT (ms)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>latency (ms)</source>
        <translation>レイテンシ (ms)</translation>
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
        <translation>使用率 %1、ボトルネック: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>p99 target</source>
        <translation>p99 目標</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>knee</source>
        <translation>ニー</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Where a request&apos;s time goes (p50)</source>
        <translation>リクエスト時間の内訳 (p50)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prefill</source>
        <translation>プリフィル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queueing + batching</source>
        <translation>キュー待ち + バッチ化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decode (all output tokens)</source>
        <translation>デコード（全出力トークン）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency p50</source>
        <translation>レイテンシ p50</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p99 tail</source>
        <translation>p99 テール</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Memory per GPU (capacity %1 GB)</source>
        <translation>GPU あたりのメモリ（容量 %1 GB）</translation>
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
        <translation>重み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KV cache in use</source>
        <translation>使用中の KV キャッシュ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../widgets/scoring/training_scorer.cpp" line="+9"/>
        <source>Free</source>
        <translation>空き</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../widgets/scoring/training_scorer.cpp" line="+92"/>
        <source>Limited by %1: %2</source>
        <translation>ボトルネック: %1 — %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 on %2 × %3 — %4 replica(s) of tp %5</source>
        <translation>%1 / %2 × %3 — TP %5 のレプリカ %4 個</translation>
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
        <translation>p99 トークンあたり %1</translation>
    </message>
    <message>
        <location filename="../widgets/scoring/training_scorer.cpp" line="-78"/>
        <source>Throughput</source>
        <translation>スループット</translation>
    </message>
    <message>
        <location filename="../widgets/scoring/serving_scorer.cpp" line="+3"/>
        <source>%1 requests/s</source>
        <translation>%1 リクエスト/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end to end, p50 %1</source>
        <translation>エンドツーエンド、p50 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sequences</source>
        <translation>%1 シーケンス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per replica; %1 running</source>
        <translation>レプリカあたり、実行中 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>overloaded: the queue grows without bound</source>
        <translation>過負荷: キューが際限なく伸びます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of the system&apos;s capacity</source>
        <translation>システム容量に対して</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 GPUs</source>
        <translation>%1 GPU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not reachable</source>
        <translation>達成不可</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 replicas of tp %2 at %3 req/s</source>
        <translation>TP %2 のレプリカ %1 個、%3 req/s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 Wh per 1,000 tokens</source>
        <translation>1,000 トークンあたり %1 Wh</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 streams on %2 device(s) at %3 site(s) — placement: %4</source>
        <translation>%1 ストリーム / %2 台のデバイス / %3 拠点 — 配置: %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 needed</source>
        <translation>必要数 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at the edge</source>
        <translation>エッジ側</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 Mb/s</source>
        <translation>%1 / %2 Mb/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WAN RTT p99 %1 ms</source>
        <translation>WAN RTT p99 %1 ms</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>WAN + cloud inference</source>
        <translation>WAN + クラウド推論</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fits</source>
        <translation>適合</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Does not fit</source>
        <translation>不適合</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Streams one device sustains, by limit</source>
        <translation>1 台で処理できるストリーム数（制約別）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+7"/>
        <source>streams</source>
        <translation>ストリーム</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Inference</source>
        <translation>推論</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Video decode</source>
        <translation>映像デコード</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Host CPU</source>
        <translation>ホスト CPU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needed</source>
        <translation>必要数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Streams vs edge devices</source>
        <translation>ストリーム数とエッジデバイス数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>devices</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Streams sustained</source>
        <translation>処理可能ストリーム数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>limited by %1</source>
        <translation>ボトルネック: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>streams at one site</source>
        <translation>1 拠点のストリーム数</translation>
    </message>
    <message>
        <location filename="../widgets/scoring/training_scorer.cpp" line="-61"/>
        <source>Where the step time goes</source>
        <translation>ステップ時間の内訳</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>s per step</source>
        <translation>s/ステップ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forward</source>
        <translation>順伝播</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward</source>
        <translation>逆伝播</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tensor-parallel comm.</source>
        <translation>テンソル並列通信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert all-to-all</source>
        <translation>エキスパート All-to-All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context-parallel K/V</source>
        <translation>コンテキスト並列 K/V</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline p2p</source>
        <translation>パイプライン P2P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline bubble</source>
        <translation>パイプラインバブル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data-parallel comm. (exposed)</source>
        <translation>データ並列通信（非オーバーラップ分）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimizer</source>
        <translation>オプティマイザ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data-ingest stall</source>
        <translation>データ読み込み待ち</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed overhead</source>
        <translation>固定オーバーヘッド</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Memory per GPU (capacity %1)</source>
        <translation>GPU あたりのメモリ（容量 %1）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Gradients</source>
        <translation>勾配</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimizer states</source>
        <translation>オプティマイザ状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activations</source>
        <translation>活性化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buffers + reserve</source>
        <translation>バッファ + 予約領域</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Over capacity</source>
        <translation>容量超過</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Growth: throughput as GPUs grow</source>
        <translation>拡張性: GPU 数に対するスループット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPUs</source>
        <translation>GPU 数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tokens/s</source>
        <translation>トークン/s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>samples/s</source>
        <translation>サンプル/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scaling efficiency</source>
        <translation>スケーリング効率</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ideal (linear)</source>
        <translation>理想（線形）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scaling efficiency</source>
        <translation>スケーリング効率</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>limited by %1%2, MFU %3</source>
        <translation>ボトルネック: %1%2、MFU %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (does not fit)</source>
        <translation>（収まらない）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this design</source>
        <translation>この設計</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 on %2 × %3 — %4</source>
        <translation>%1 / %2 × %3 — %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 communication, %2 bubble</source>
        <translation>通信 %1、バブル %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 per GPU</source>
        <translation>GPU あたり %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 TFLOP/s per GPU (model)</source>
        <translation>GPU あたり %1 TFLOP/s（モデル）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fits, %1 headroom</source>
        <translation>収まる、余裕 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not fit: %1 over</source>
        <translation>収まらない: %1 超過</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 GPU-hours</source>
        <translation>%1 GPU 時間</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GPU-hours + energy</source>
        <translation>GPU 時間 + エネルギー</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>energy only (no GPU-hour price set)</source>
        <translation>エネルギーのみ（GPU 時間単価未設定）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at PUE %1</source>
        <translation>PUE %1 の場合</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>set dataset tokens or samples</source>
        <translation>データセットのトークン数またはサンプル数を設定してください</translation>
    </message>
    <message>
        <location filename="../widgets/panels/comparison_view.cpp" line="+40"/>
        <source>%1 better</source>
        <translation>%1 改善</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 worse</source>
        <translation>%1 悪化</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 against the baseline</source>
        <translation>ベースライン比 %1</translation>
    </message>
</context>
<context>
    <name>Resource</name>
    <message>
        <location filename="../widgets/scoring/serving_scorer.cpp" line="-221"/>
        <location filename="../widgets/scoring/training_scorer.cpp" line="-148"/>
        <source>compute</source>
        <translation>演算性能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory bandwidth</source>
        <translation>メモリ帯域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KV-cache capacity</source>
        <translation>KV キャッシュ容量</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../widgets/scoring/training_scorer.cpp" line="+5"/>
        <source>memory capacity</source>
        <translation>メモリ容量</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../widgets/scoring/training_scorer.cpp" line="-4"/>
        <source>scale-up fabric</source>
        <translation>スケールアップ・ファブリック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host CPU</source>
        <translation>ホスト CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>video decode</source>
        <translation>映像デコード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WAN uplink</source>
        <translation>WAN アップリンク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WAN latency</source>
        <translation>WAN レイテンシ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>queueing</source>
        <translation>キュー待ち</translation>
    </message>
    <message>
        <location filename="../widgets/scoring/training_scorer.cpp" line="+1"/>
        <source>scale-out network</source>
        <translation>スケールアウト・ネットワーク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pipeline bubble</source>
        <translation>パイプラインバブル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>storage</source>
        <translation>ストレージ</translation>
    </message>
</context>
<context>
    <name>ThemeMenu</name>
    <message>
        <location filename="../widgets/main/theme_menu.cpp" line="+12"/>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;System</source>
        <translation>システム(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
</context>
<context>
    <name>cc::studio::ChartView</name>
    <message>
        <location filename="../widgets/charts/chart_view.cpp" line="+145"/>
        <source>Chart</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chart: %1</source>
        <translation>グラフ: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Reset zoom</source>
        <translation>ズームをリセット</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy chart</source>
        <translation>グラフをコピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save chart as PNG…</source>
        <translation>グラフを PNG で保存…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Save chart</source>
        <translation>グラフを保存</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save chart as SVG…</source>
        <translation>グラフを SVG で保存…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 図面 (*.svg)</translation>
    </message>
</context>
<context>
    <name>cc::studio::ComparisonView</name>
    <message>
        <location filename="../widgets/panels/comparison_view.cpp" line="+9"/>
        <source>Scenario comparison</source>
        <translation>シナリオ比較</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare against:</source>
        <translation>比較基準:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Baseline scenario</source>
        <translation>ベースラインのシナリオ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scenario metrics</source>
        <translation>シナリオの指標</translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>Scoring %n scenario(s)…</source>
        <translation>
            <numerusform>%n 件のシナリオを評価中…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This design has one scenario. Use Scenarios → Duplicate as new scenario to add variants.</source>
        <translation>この設計のシナリオは 1 つだけです。バリエーションを追加するには シナリオ → 新しいシナリオとして複製 を使用してください。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n scenario(s); double-click a column title to open that scenario.</source>
        <translation>
            <numerusform>シナリオ %n 件。列見出しをダブルクリックするとそのシナリオを開きます。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Canvas</source>
        <translation>キャンバス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bottleneck / verdict</source>
        <translation>ボトルネック / 判定</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (baseline)</source>
        <translation>（ベースライン）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On the canvas now</source>
        <translation>現在キャンバスに表示中</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not scored: %1</source>
        <translation>未評価: %1</translation>
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
        <translation>ラベル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog entry</source>
        <translation>カタログ項目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>個数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group (replicas)</source>
        <translation>グループ（レプリカ数）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Top level</source>
        <translation>最上位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (×%2)</source>
        <translation>%1（×%2）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>count</source>
        <translation>個数</translation>
    </message>
</context>
<context>
    <name>cc::studio::DesignScene</name>
    <message>
        <location filename="../widgets/canvas/design_scene.cpp" line="+326"/>
        <source>Drag to a %1 port to link; Esc cancels.</source>
        <translation>%1 ポートへドラッグして接続します。Esc でキャンセル。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No port there; the link was not made.</source>
        <translation>そこにはポートがないため、リンクは作成されませんでした。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Link refused: %1</source>
        <translation>リンクできません: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Linked %1 to %2.</source>
        <translation>%1 を %2 にリンクしました。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Move %1</source>
        <translation>%1 を移動</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Move %n parts</source>
        <translation>
            <numerusform>%n 個のパーツを移動</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::studio::DesignView</name>
    <message>
        <location filename="../widgets/canvas/minimap.cpp" line="+12"/>
        <source>Minimap</source>
        <translation>ミニマップ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overview: click to move the view there</source>
        <translation>全体図: クリックした位置へ表示を移動します</translation>
    </message>
    <message>
        <location filename="../widgets/canvas/design_view.cpp" line="+29"/>
        <source>Design canvas</source>
        <translation>設計キャンバス</translation>
    </message>
</context>
<context>
    <name>cc::studio::Document</name>
    <message>
        <location filename="../widgets/document/document.cpp" line="+36"/>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Add %1</source>
        <translation>%1 を追加</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Delete item</source>
        <translation>項目を削除</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Delete %n items</source>
        <translation>
            <numerusform>%n 個の項目を削除</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Move %1</source>
        <translation>%1 を移動</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Move %n parts</source>
        <translation>
            <numerusform>%n 個のパーツを移動</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Both ends must be parts of the design.</source>
        <translation>両端とも設計内のパーツである必要があります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Both ends must be ports.</source>
        <translation>両端ともポートである必要があります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A part cannot be linked to itself.</source>
        <translation>パーツを自分自身にリンクすることはできません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Link %1 to %2</source>
        <translation>%1 を %2 にリンク</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+51"/>
        <location line="+18"/>
        <location line="+68"/>
        <source>Change %1</source>
        <translation>%1 を変更</translation>
    </message>
    <message numerus="yes">
        <location line="-134"/>
        <source>%n link(s) removed: the new part&apos;s ports cannot carry them (Undo brings them back).</source>
        <translation>
            <numerusform>%n 本のリンクを削除しました：新しい部品のポートでは接続できません（元に戻すで復元できます）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+95"/>
        <source>%1 (all scenarios)</source>
        <translation>%1（全シナリオ）</translation>
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
            <numerusform>%n 個のパーツをグループ化</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rename design</source>
        <translation>設計の名前を変更</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Baseline</source>
        <translation>ベースライン</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show scenario %1</source>
        <translation>シナリオ %1 を表示</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New scenario %1</source>
        <translation>新しいシナリオ %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this design has one scenario; duplicate it first to name scenarios</source>
        <translation>この設計のシナリオは 1 つだけです。シナリオに名前を付けるには、先に複製してください</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rename scenario %1 to %2</source>
        <translation>シナリオ %1 の名前を %2 に変更</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete scenario %1</source>
        <translation>シナリオ %1 を削除</translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>Paste %n parts</source>
        <translation>
            <numerusform>%n 個のパーツを貼り付け</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::studio::ExplanationDialog</name>
    <message>
        <location filename="../widgets/panels/explanation_dialog.cpp" line="+64"/>
        <source>How this number is computed</source>
        <translation>この数値の算出方法</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quantity</source>
        <translation>量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Formula / source</source>
        <translation>式 / 出典</translation>
    </message>
</context>
<context>
    <name>cc::studio::FindingsPanel</name>
    <message>
        <location filename="../widgets/panels/findings_panel.cpp" line="+22"/>
        <source>Finding</source>
        <translation>指摘事項</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Part</source>
        <translation>部品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Design-rule findings</source>
        <translation>設計ルールの指摘事項</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>No findings: the design passes every rule.</source>
        <translation>指摘事項なし: この設計はすべてのルールを満たしています。</translation>
    </message>
</context>
<context>
    <name>cc::studio::GroupItem</name>
    <message>
        <location filename="../widgets/canvas/group_item.cpp" line="+110"/>
        <source>Replica count of %1</source>
        <translation>%1 のレプリカ数</translation>
    </message>
</context>
<context>
    <name>cc::studio::InspectorWidget</name>
    <message>
        <location filename="../widgets/panels/inspector_widget.cpp" line="+66"/>
        <source>Inspector</source>
        <translation>インスペクタ</translation>
    </message>
    <message numerus="yes">
        <location line="+128"/>
        <source>&lt;b&gt;%n parts selected&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:#5d6d7e&apos;&gt;Edits apply to all; fields they do not share are hidden.&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n 個のパーツを選択中&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:#5d6d7e&apos;&gt;変更はすべてに適用されます。共通でない項目は非表示です。&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name: a part needs a name (it labels the canvas and the report).</source>
        <translation>名前: パーツには名前が必要です（キャンバスとレポートのラベルになります）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+165"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>part</source>
        <translation>パーツ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Part</source>
        <translation>部品</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>count</source>
        <translation>個数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count</source>
        <translation>個数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Identical parts drawn once (e.g. 16 cameras).</source>
        <translation>同一パーツを 1 つにまとめて描画します（例: カメラ 16 台）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+15"/>
        <source>Accelerators</source>
        <translation>アクセラレータ</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+21"/>
        <source>As catalogued</source>
        <translation>カタログどおり</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>accelerator</source>
        <translation>アクセラレータ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accelerator</source>
        <translation>アクセラレータ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>accelerator count</source>
        <translation>アクセラレータ数</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+40"/>
        <source>as catalogued</source>
        <translation>カタログどおり</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Accelerators per node; the catalog&apos;s count unless set.</source>
        <translation>ノードあたりのアクセラレータ数。未設定の場合はカタログの値を使います。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>scale-up fabric</source>
        <translation>スケールアップ・ファブリック</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scale-up fabric</source>
        <translation>スケールアップ・ファブリック</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Maximum</source>
        <translation>最大</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>power mode</source>
        <translation>電力モード</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power mode</source>
        <translation>電力モード</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> TB</source>
        <translation> TB</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> nodes</source>
        <translation> ノード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nodes rented</source>
        <translation>レンタルノード数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on demand</source>
        <translation>オンデマンド</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nodes rented</source>
        <translation>レンタルノード数</translation>
    </message>
    <message>
        <location filename="../widgets/panels/inspector_ports.cpp" line="+42"/>
        <source>Not changed: %1</source>
        <translation>変更されていません: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change fabric of link %1</source>
        <translation>リンク %1 のファブリックを変更</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fabric</source>
        <translation>ファブリック</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the link carries, per cable per direction. Both ends change; when the family changes (Ethernet ↔ InfiniBand) the ports linked to them follow, and NICs and switches become the catalog part that sells the new fabric.</source>
        <translation>リンクが運ぶもの（ケーブル 1 本・片方向あたり）。両端が変わります。ファミリーが変わる場合（Ethernet ↔ InfiniBand）は接続先のポートも追従し、NIC とスイッチは新しいファブリックを提供するカタログ部品に置き換わります。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ports</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cabled network ports are the server&apos;s scale-out bandwidth; NIC parts placed in its node group add theirs.</source>
        <translation>ケーブル接続されたネットワークポートがサーバーのスケールアウト帯域です。ノードグループ内に置いた NIC 部品のポートも加算されます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change fabric of port %1</source>
        <translation>ポート %1 のファブリックを変更</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>port count</source>
        <translation>ポート数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> ports</source>
        <translation> ポート</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ports in group %1</source>
        <translation>グループ %1 のポート数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identical ports in this group.</source>
        <translation>このグループ内の同一ポートの数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Remove port group %1</source>
        <translation>ポートグループ %1 を削除</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Remove this port group and the links on it.</source>
        <translation>このポートグループとそのリンクを削除します。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fabric of port %1</source>
        <translation>ポート %1 のファブリック</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add a NIC…</source>
        <translation>NIC を追加…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add NIC ports</source>
        <translation>NIC ポートを追加</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add NIC</source>
        <translation>NIC 追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds the NIC&apos;s ports to this server as a new port group (link it to a switch to use it).</source>
        <translation>NIC のポートを新しいポートグループとしてこのサーバーに追加します（使うにはスイッチにリンクしてください）。</translation>
    </message>
    <message>
        <location filename="../widgets/panels/inspector_widget.cpp" line="+17"/>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>Edits apply to all scenarios</source>
        <translation>編集を全シナリオに適用</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every edit (fields, ×N, fabrics, Replace everywhere) changes the same parts, links and groups in every scenario of this design, as one undo step. Off: only the scenario on the canvas.</source>
        <translation>すべての編集（フィールド、×N、ファブリック、すべて置換）が、この設計のすべてのシナリオの同じ部品・リンク・グループを 1 回の元に戻す操作として変更します。オフ: キャンバス上のシナリオのみ。</translation>
    </message>
    <message>
        <location line="+253"/>
        <source> cables</source>
        <translation> 本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cables</source>
        <translation>ケーブル</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cables</source>
        <translation>ケーブル</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parallel cables drawn as one link.</source>
        <translation>並列ケーブルを 1 本のリンクとして描画します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>length</source>
        <translation>長さ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+70"/>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Length</source>
        <translation>長さ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> µs</source>
        <translation> µs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>latency</source>
        <translation>レイテンシ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fabric&apos;s own</source>
        <translation>ファブリックの値</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra latency</source>
        <translation>追加レイテンシ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One-way latency added to the fabric&apos;s own (long cables, WAN hops).</source>
        <translation>ファブリック自身のレイテンシに加算される片方向レイテンシ（長いケーブル、WAN ホップ）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name: a group needs a name.</source>
        <translation>名前: グループには名前が必要です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>group name</source>
        <translation>グループ名</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>group kind</source>
        <translation>グループの種類</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replicas</source>
        <translation>レプリカ数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This group stands for ×N identical copies everywhere: BOM, engine and report.</source>
        <translation>このグループは、部品表・エンジン・レポートのすべてで ×N 個の同一コピーを表します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> kW</source>
        <translation> kW</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>power budget</source>
        <translation>電力予算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power budget</source>
        <translation>電力予算</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> U</source>
        <translation> U</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rack units</source>
        <translation>ラックユニット</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rack height</source>
        <translation>ラックの高さ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trays share one NVLink domain</source>
        <translation>トレイが 1 つの NVLink ドメインを共有</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>NVLink domain</source>
        <translation>NVLink ドメイン</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scale-up</source>
        <translation>スケールアップ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rack-scale systems (GB200/GB300 NVL72): every GPU in one copy of this group is one NVLink island for tensor, expert and context parallelism, up to the fabric&apos;s largest domain (72 for NVLink 5).</source>
        <translation>ラックスケールシステム (GB200/GB300 NVL72): このグループの 1 コピー内の全 GPU が、テンソル・エキスパート・コンテキスト並列のための 1 つの NVLink アイランドになります (ファブリックの最大ドメインまで。NVLink 5 では 72)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Design</source>
        <translation>設計</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title: the design needs a title (it heads the report).</source>
        <translation>タイトル: 設計にはタイトルが必要です（レポートの見出しになります）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title</source>
        <translation>タイトル</translation>
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
        <translation>接続元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>接続先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fabric</source>
        <translation>ファブリック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bandwidth per cable, per direction</source>
        <translation>ケーブル 1 本あたり片方向の帯域幅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cables</source>
        <translation>ケーブル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length (m)</source>
        <translation>長さ (m)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cables</source>
        <translation>ケーブル</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>length</source>
        <translation>長さ</translation>
    </message>
</context>
<context>
    <name>cc::studio::MainWindow</name>
    <message>
        <location filename="../widgets/main/main_actions.cpp" line="+45"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New from template…</source>
        <translation>テンプレートから新規作成(&amp;N)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open design</source>
        <translation>設計を開く</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ClusterCanvas design (*.ccd);;All files (*)</source>
        <translation>ClusterCanvas 設計 (*.ccd);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;as…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import model (Hugging Face config.json)…</source>
        <translation>モデルをインポート(&amp;I) (Hugging Face config.json)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Prices</source>
        <translation>価格(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a &amp;price book…</source>
        <translation>価格表を使用(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export the price list…</source>
        <translation>価格一覧をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to &amp;public list prices</source>
        <translation>公開定価に戻す(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export customer &amp;report (PDF)…</source>
        <translation>顧客向けレポートをエクスポート (PDF)(&amp;R)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplicate</source>
        <translation>複製(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete</source>
        <translation>削除(&amp;L)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select &amp;all</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Group selection…</source>
        <translation>選択範囲をグループ化(&amp;G)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace part everywhere…</source>
        <translation>部品をすべて置換(&amp;R)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the selected part&apos;s type, or the selected link&apos;s fabric, everywhere in the design</source>
        <translation>選択した部品の種類、または選択したリンクのファブリックを設計全体で置換します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edits apply to all &amp;scenarios</source>
        <translation>編集を全シナリオに適用(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every edit changes the same parts, links and groups in every scenario, as one undo step</source>
        <translation>すべての編集が、すべてのシナリオの同じ部品・リンク・グループを 1 回の元に戻す操作として変更します</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A&amp;rrange</source>
        <translation>整列(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align left</source>
        <translation>左揃え</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align top</source>
        <translation>上揃え</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align horizontal centres</source>
        <translation>左右中央揃え</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align vertical centres</source>
        <translation>上下中央揃え</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distribute horizontally</source>
        <translation>左右に等間隔で配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distribute vertically</source>
        <translation>上下に等間隔で配置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find part…</source>
        <translation>パーツを検索…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom to &amp;fit</source>
        <translation>全体を表示(&amp;F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom &amp;in</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual size (100 %)</source>
        <translation>実寸 (100 %)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Colour parts and links by how busy they are (grey idle under 5 %, green &lt; 60 %, amber &lt; 85 %, red above)</source>
        <translation>部品とリンクを使用率で色分け（灰色 5 % 未満のアイドル、緑 &lt; 60 %、黄 &lt; 85 %、赤 それ以上）</translation>
    </message>
    <message>
        <location filename="../widgets/main/main_window.cpp" line="+140"/>
        <source>&amp;Minimap</source>
        <translation>ミニマップ(&amp;M)</translation>
    </message>
    <message>
        <location filename="../widgets/main/main_actions.cpp" line="-3"/>
        <source>&amp;Utilisation heat overlay</source>
        <translation>使用率ヒートマップ(&amp;U)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Presentation mode</source>
        <translation>プレゼンテーションモード(&amp;P)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Panels</source>
        <translation>パネル</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Explain the scores…</source>
        <translation>評価の根拠を表示…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ClusterCanvas</source>
        <translation>ClusterCanvas について(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About ClusterCanvas</source>
        <translation>ClusterCanvas について</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;ClusterCanvas %1&lt;/b&gt;&lt;p&gt;Design AI infrastructure and see how it scores: training, inference and edge. Every hardware number carries its source.&lt;/p&gt;</source>
        <translation>&lt;b&gt;ClusterCanvas %1&lt;/b&gt;&lt;p&gt;AI インフラを設計し、学習・推論・エッジの各観点で評価します。すべてのハードウェア数値に出典が付いています。&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Copied %n part(s)</source>
        <translation>
            <numerusform>%n 個のパーツをコピーしました</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing to paste: the clipboard holds no ClusterCanvas parts (%1)</source>
        <translation>貼り付けるものがありません: クリップボードに ClusterCanvas のパーツがありません（%1）</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Align</source>
        <translation>整列</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Distribute</source>
        <translation>等間隔に配置</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select the parts to group first.</source>
        <translation>先にグループ化するパーツを選択してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Kind of group:</source>
        <translation>グループの種類:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../widgets/main/main_scenarios.cpp" line="+44"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select a part or a link first: Replace everywhere changes what it is made of.</source>
        <translation>先に部品またはリンクを選択してください。すべて置換はその構成を変更します。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export report</source>
        <translation>レポートをエクスポート</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../widgets/main/main_export.cpp" line="+50"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../widgets/main/main_export.cpp" line="+9"/>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report written to %1</source>
        <translation>レポートを %1 に書き出しました</translation>
    </message>
    <message>
        <location filename="../widgets/main/main_export.cpp" line="-35"/>
        <source>&amp;Export canvas</source>
        <translation>キャンバスをエクスポート(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image, 1× (screen size)…</source>
        <translation>PNG 画像、1×（画面サイズ）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image, 2× (sharp on HiDPI)…</source>
        <translation>PNG 画像、2×（HiDPI で鮮明）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image, 4× (posters, slides)…</source>
        <translation>PNG 画像、4×（ポスター、スライド）…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SVG drawing (vector)…</source>
        <translation>SVG 図面（ベクター）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (vector)…</source>
        <translation>PDF 文書（ベクター）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print pre&amp;view…</source>
        <translation>印刷プレビュー(&amp;V)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 図面 (*.svg)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export canvas</source>
        <translation>キャンバスをエクスポート</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Canvas exported to %1</source>
        <translation>キャンバスを %1 にエクスポートしました</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Printing failed: the printer could not be opened.</source>
        <translation>印刷に失敗しました: プリンターを開けませんでした。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print preview</source>
        <translation>印刷プレビュー</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print design</source>
        <translation>設計を印刷</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/main/main_window.cpp" line="-66"/>
        <location line="+6"/>
        <source>Zoom %1 %</source>
        <translation>ズーム %1 %</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+13"/>
        <source>Scored in %1 ms</source>
        <translation>%1 ms で評価</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+15"/>
        <source>Scoring…</source>
        <translation>評価中…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Zoom 100 %</source>
        <translation>ズーム 100 %</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Parts</source>
        <translation>パーツ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Inspector</source>
        <translation>インスペクタ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opened design</source>
        <translation>開いた設計</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit history</source>
        <translation>編集履歴</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Results</source>
        <translation>評価結果</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+17"/>
        <source>Design rules</source>
        <translation>設計ルール</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Parts table</source>
        <translation>パーツ表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to parts table</source>
        <translation>パーツ表へ移動</translation>
    </message>
    <message numerus="yes">
        <location line="-104"/>
        <location line="+114"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>エラー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-114"/>
        <location line="+114"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Design rules (%1)</source>
        <translation>設計ルール (%1)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 (recovered)</source>
        <translation>%1（復元済み）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot open design</source>
        <translation>設計を開けません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be opened:

%2

The current design is unchanged.</source>
        <translation>%1 を開けませんでした:

%2

現在の設計は変更されていません。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Untitled design</source>
        <translation>無題の設計</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open template</source>
        <translation>テンプレートを開けません</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+19"/>
        <source>Cannot save</source>
        <translation>保存できません</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>The design was not saved:

%1

The previous file is untouched.</source>
        <translation>設計は保存されませんでした:

%1

以前のファイルはそのままです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save design</source>
        <translation>設計を保存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ClusterCanvas design (*.ccd)</source>
        <translation>ClusterCanvas 設計 (*.ccd)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The design was not saved:

%1</source>
        <translation>設計は保存されませんでした:

%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the changes to %1 first?</source>
        <translation>先に %1 への変更を保存しますか?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an untitled design</source>
        <translation>無題の設計</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recover unsaved work?</source>
        <translation>未保存の作業を復元しますか?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ClusterCanvas did not close normally. An autosaved copy of %1 (“%2”) from %3 was found.</source>
        <translation>ClusterCanvas は正常に終了しませんでした。%3 に自動保存された %1（「%2」）のコピーが見つかりました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovering opens the copy as an unsaved design; your file on disk is not changed until you save.</source>
        <translation>復元すると、コピーは未保存の設計として開かれます。保存するまでディスク上のファイルは変更されません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recover</source>
        <translation>復元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard copy</source>
        <translation>コピーを破棄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>後で</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot recover</source>
        <translation>復元できません</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No explanation: the design has not been scored.</source>
        <translation>説明はありません: この設計はまだ評価されていません。</translation>
    </message>
    <message>
        <location filename="../widgets/main/main_scenarios.cpp" line="-14"/>
        <source>&amp;Scenarios</source>
        <translation>シナリオ(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplicate as new scenario…</source>
        <translation>新しいシナリオとして複製(&amp;D)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>New scenario</source>
        <translation>新しいシナリオ</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Name of the copy:</source>
        <translation>コピーの名前:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Rename scenario…</source>
        <translation>シナリオの名前を変更(&amp;R)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Rename scenario</source>
        <translation>シナリオの名前を変更</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete scenario</source>
        <translation>シナリオを削除(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Delete scenario</source>
        <translation>シナリオを削除</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Delete scenario %1? You can undo this.</source>
        <translation>シナリオ %1 を削除しますか? この操作は元に戻せます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Previous scenario</source>
        <translation>前のシナリオ(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next scenario</source>
        <translation>次のシナリオ(&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Compare scenarios…</source>
        <translation>シナリオを比較(&amp;C)…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> Scenario </source>
        <translation> シナリオ </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenario on the canvas</source>
        <translation>キャンバスに表示中のシナリオ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which scenario of this design the canvas shows</source>
        <translation>この設計のどのシナリオをキャンバスに表示するか</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Scenario %1 · %2 of %3   ← →</source>
        <translation>シナリオ %1 · %2 / %3   ← →</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scenario %1</source>
        <translation>シナリオ %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compare scenarios</source>
        <translation>シナリオを比較</translation>
    </message>
    <message>
        <location filename="../widgets/main/main_import_model.cpp" line="+25"/>
        <source>The workload did not accept the model.</source>
        <translation>ワークロードがモデルを受け付けませんでした。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Model &quot;%1&quot; imported from %2</source>
        <translation>モデル「%1」を %2 からインポートしました</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import model from a Hugging Face config.json</source>
        <translation>Hugging Face の config.json からモデルをインポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hugging Face config (*.json);;All files (*)</source>
        <translation>Hugging Face 設定 (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Import model</source>
        <translation>モデルのインポート</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Cannot import the model:
%1</source>
        <translation>モデルをインポートできません:
%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model is now the workload&apos;s model (saved with the design). Notes on the import:

%1</source>
        <translation>このモデルがワークロードのモデルになりました(設計と一緒に保存されます)。インポートに関する注記:

%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/main/main_price_book.cpp" line="+37"/>
        <source>Prices: %1 (%n part(s) priced from it)</source>
        <translation>
            <numerusform>価格: %1（%n 部品に適用）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Prices: public list prices of the catalog</source>
        <translation>価格: カタログの公開定価</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your price book %1 was not applied: %2</source>
        <translation>価格表 %1 は適用されませんでした: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Price book (CSV: part, unit_price, currency, valid_from, note)</source>
        <translation>価格表 (CSV: part, unit_price, currency, valid_from, note)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price book (*.csv);;All files (*)</source>
        <translation>価格表 (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price book</source>
        <translation>価格表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The price book was not applied: no price from it is used until every row is valid.

%1</source>
        <translation>価格表は適用されませんでした。すべての行が有効になるまで、その価格は使われません。

%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Export price list</source>
        <translation>価格一覧をエクスポート</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Price book (*.csv)</source>
        <translation>価格表 (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price list written to %1</source>
        <translation>価格一覧を %1 に書き出しました</translation>
    </message>
</context>
<context>
    <name>cc::studio::PaletteWidget</name>
    <message>
        <location filename="../widgets/panels/palette_widget.cpp" line="+12"/>
        <source>Search parts (name, vendor, spec)…</source>
        <translation>パーツを検索（名前、ベンダー、仕様）…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search parts</source>
        <translation>パーツを検索</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Parts palette</source>
        <translation>パーツパレット</translation>
    </message>
</context>
<context>
    <name>cc::studio::PartsTablePanel</name>
    <message>
        <location filename="../widgets/panels/parts_table_panel.cpp" line="+33"/>
        <source>Parts table</source>
        <translation>パーツ表</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Components table</source>
        <translation>コンポーネント表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links table</source>
        <translation>リンク表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Components</source>
        <translation>コンポーネント(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Links</source>
        <translation>リンク(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts table: components and links</source>
        <translation>パーツ表: コンポーネントとリンク</translation>
    </message>
</context>
<context>
    <name>cc::studio::ReplaceDialog</name>
    <message>
        <location filename="../widgets/main/replace_dialog.cpp" line="+25"/>
        <source>Replace everywhere</source>
        <translation>すべて置換</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Replace every “%1” (%n part(s) in this scenario) with:</source>
        <translation>
            <numerusform>すべての「%1」（このシナリオで %n 個）を次に置換:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Replace %1 on every port and link that carries it with:</source>
        <translation>%1 を運ぶすべてのポートとリンクで次に置換:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace with</source>
        <translation>置換先</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Links keep their ends. When the fabric family changes, the ports linked to the changed ones follow, and NICs and switches become the catalog part that sells the new fabric.</source>
        <translation>リンクの両端はそのままです。ファブリックのファミリーが変わると、変更されたポートに接続されたポートも追従し、NIC とスイッチは新しいファブリックを提供するカタログ部品に置き換わります。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In all scenarios</source>
        <translation>全シナリオで</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same switch as the inspector&apos;s “Edits apply to all scenarios”.</source>
        <translation>インスペクターの「編集を全シナリオに適用」と同じスイッチです。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replace</source>
        <translation>置換</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+3"/>
        <source>Replace %1 with %2</source>
        <translation>%1 を %2 に置換</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not replaced: %1</source>
        <translation>置換されていません: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replaced: %1</source>
        <translation>置換しました: %1</translation>
    </message>
</context>
<context>
    <name>cc::studio::ResultsPanel</name>
    <message>
        <location filename="../widgets/panels/results_panel.cpp" line="+58"/>
        <source>Results</source>
        <translation>評価結果</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Chart shown</source>
        <translation>表示するグラフ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chart:</source>
        <translation>グラフ:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What if…</source>
        <translation>もしも…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What-if sliders</source>
        <translation>もしも分析のスライダー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPUs (×N)</source>
        <translation>GPU 数 (×N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model size</source>
        <translation>モデルサイズ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dataset</source>
        <translation>データセット</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load / users</source>
        <translation>負荷 / ユーザー数</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Back to the design</source>
        <translation>設計どおりに戻す</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>   (what-if)</source>
        <translation>   （もしも）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Assumed: </source>
        <translation>前提: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (+%1 more in the explanation)</source>
        <translation>（ほか %1 件は説明を参照）</translation>
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
クリックすると算出方法を表示します。</translation>
    </message>
</context>
<context>
    <name>cc::studio::ScoreCardsView</name>
    <message>
        <location line="+30"/>
        <source>Score cards</source>
        <translation>評価カード</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Score caveats</source>
        <translation>スコアの注意事項</translation>
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
        <translation>新しい設計</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start from a template (you can change everything) or from an empty canvas.</source>
        <translation>テンプレート（すべて変更可能）または空のキャンバスから始めます。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Empty design</source>
        <translation>空の設計</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An empty canvas: drag parts from the palette.</source>
        <translation>空のキャンバス: パレットからパーツをドラッグします。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Create</source>
        <translation>作成</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../widgets/studio_app.cpp" line="+154"/>
        <source>ClusterCanvas studio: design AI infrastructure and score it.</source>
        <translation>ClusterCanvas スタジオ: AI インフラを設計して評価します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Design to open (.ccd); the default template if omitted.</source>
        <translation>開く設計 (.ccd)。省略時は既定のテンプレート。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Render the main window to OUT.png and exit.</source>
        <translation>メインウィンドウを OUT.png に描画して終了します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window size for --screenshot (default 1600x1000).</source>
        <translation>--screenshot のウィンドウサイズ（既定 1600x1000）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the customer report of FILE (or the default template) to OUT.pdf and exit.</source>
        <translation>FILE（または既定のテンプレート）の顧客向けレポートを OUT.pdf に書き出して終了します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the canvas of FILE (or the default template) to OUT.png, OUT.svg or OUT.pdf and exit.</source>
        <translation>FILE（または既定のテンプレート）のキャンバスを OUT.png、OUT.svg、OUT.pdf のいずれかにエクスポートして終了します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pixels per canvas unit for --export-canvas PNG (default 1; 2 or 4 for sharper images).</source>
        <translation>--export-canvas で PNG を出力するときの、キャンバス単位あたりのピクセル数（既定 1。より鮮明な画像には 2 または 4）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What --screenshot captures: main (default), compare (the scenario comparison), presentation, or heat (the main window with the utilisation overlay).</source>
        <translation>--screenshot で撮影する画面: main (既定)、compare (シナリオ比較)、presentation、heat (使用率オーバーレイ付きのメインウィンドウ)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Colour theme for this run: system, light or dark (default: the one chosen in View → Theme).</source>
        <translation>今回の実行で使うカラーテーマ: system、light、dark のいずれか（既定: 表示 → テーマ で選択したもの）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User interface language: en, de, ja or zh_CN (default: the View → Language setting or the system locale).</source>
        <translation>UI の言語: en、de、ja、zh_CN（既定: 表示 → 言語 の設定、またはシステムのロケール）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With --report: prices from this price book (CSV) instead of the catalog&apos;s.</source>
        <translation>--report と併用: カタログの代わりにこの価格表 (CSV) の価格を使用。</translation>
    </message>
</context>
</TS>
