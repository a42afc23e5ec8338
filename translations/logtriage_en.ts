<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>lt::ui::AboutDialog</name>
    <message>
        <source>About LogTriage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;LogTriage %1&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collects Windows and Linux diagnostic logs into one bundle, finds the failures in them and explains how to fix them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lt::ui::CollectorWidget</name>
    <message>
        <source>The collector window is not available in this build yet. Use &quot;logtriage-cli collect&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lt::ui::MainWindow</name>
    <message>
        <source>LogTriage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LogTriage — Windows log collection and analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect the logs of this computer into one file for the helpdesk, or open a collected bundle to find out what went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gather system information and logs from this computer into a zip file on the desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View / analyse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a bundle, a folder or a log file and see the errors found and how to fix them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collect logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View / analyse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About LogTriage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open bundle or log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles and logs (*.zip *.log *.txt *.csv *.xml *.etl *.evtx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lt::ui::ViewerWidget</name>
    <message>
        <source>Open a bundle (.zip), a folder or a log file with File &gt; Open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Collect and analyse Windows servicing logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open straight into the log collector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language: zh or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles, folders or logs to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
