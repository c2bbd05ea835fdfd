<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- A broken translation file: tools/check_translations.py must refuse it. -->
<TS version="2.1" language="de">
<context>
    <name>cc::studio::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Bearbeiten</translation>
    </message>
</context>
</TS>
