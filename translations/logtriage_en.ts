<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>EvtxReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event log device is not open for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a Windows event log (.evtx) file: the &quot;ElfFile&quot; signature is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event log is cut off inside its file header (%1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lt::bundle</name>
    <message>
        <source>zip error %1 (damaged or truncated archive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lt::bundle::BundleReader</name>
    <message>
        <source>nothing to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a readable file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open as zip: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the zip directory: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bundle is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such entry in the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open the zip entry: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: outside the bundle folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: read error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle has no manifest.json</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lt::collect</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lt::text::LogFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lt::text::SearchJob</name>
    <message>
        <source>Invalid regular expression: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lt::triage</name>
    <message>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a text file (binary content), not parsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data ends early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n damaged part(s) skipped, first: %1</source>
        <translation>
            <numerusform>%n damaged part skipped, first: %1</numerusform>
            <numerusform>%n damaged parts skipped, first: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>triage was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lt::triage::ReportExporter</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LogTriage report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LogTriage report — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis: %1 (confidence %2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error codes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspects: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remediation steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files analysed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors / warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known cause was recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items not collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidence %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated by LogTriage %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>lt::ui::BundleTreeModel</name>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle overview: system, collection and diagnoses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not collected (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collector note (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lt::ui::CategoryModel</name>
    <message>
        <source>%1
Needs administrator rights: restart as administrator to collect all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (needs administrator rights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it contains</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lt::ui::CategoryPanel</name>
    <message>
        <source>&amp;Choose what to collect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is collected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories to collect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select no category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lt::ui::CollectorWidget</name>
    <message>
        <source>The list of what to collect could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting was cancelled. No file was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick a category or add a path first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lt::ui::CustomPathList</name>
    <message>
        <source>measuring...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files to the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a folder to the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Extra files or folders (only if the helpdesk asked; you can also drop them here):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually nothing is needed here. Drop files or folders here, or use &quot;Add files...&quot; / &quot;Add folder...&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra files and folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected files or folders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lt::ui::DiagnosisPanel</name>
    <message>
        <source>Analysing… diagnoses appear when all files are read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known cause was recognised. Check the findings list for the errors that were found, and look them up with the error code lookup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the registry value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy for ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this diagnosis as text, to paste into a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error codes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remediation steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy all commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lt::ui::Elevation</name>
    <message>
        <source>Restarting as root is not supported here. Run: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lt::ui::ElevationBanner</name>
    <message>
        <source>Command copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These need administrator rights: %1. Without them, parts of them will be missing. Click &quot;Restart as administrator&quot; and confirm; your choices are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart as administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These need administrator (root) rights: %1. Without them, parts of them will be missing. To collect everything, close this window and start it as root: &quot;Copy command&quot; copies the command to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the command that starts the collector as root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator rights needed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lt::ui::EntryExtractor</name>
    <message>
        <source>The file is not part of the opened bundle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lt::ui::ErrorLookupDialog</name>
    <message>
        <source>Examples: 0x80070005, 80070005, -2147024891, 5, E_ACCESSDENIED, 0xC1900101-0x20017</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an error code or a known error name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also known as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unsigned %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code (low 16 bits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win32 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set (not a Microsoft code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NTSTATUS bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set (mapped from an NTSTATUS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the error catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code or name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 0x80070005 or E_ACCESSDENIED</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lt::ui::FindBar</name>
    <message>
        <source>Find in log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines with findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lt::ui::FindingsModel</name>
    <message numerus="yes">
        <source>%n distinct finding(s)</source>
        <translation>
            <numerusform>%n distinct finding</numerusform>
            <numerusform>%n distinct findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Seen %n time(s), lines %1–%2</source>
        <translation>
            <numerusform>Seen %n time, lines %1–%2</numerusform>
            <numerusform>Seen %n times, lines %1–%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lt::ui::FindingsPanel</name>
    <message>
        <source>Show in log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter findings by code, name, message or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the file on screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lt::ui::ItemProgressModel</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lt::ui::ItemStatusPresentation</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected (newest part)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs administrator rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very large: only the newest part was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out: it took too long and was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be collected (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lt::ui::LogPane</name>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in this log (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to a line number (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap long lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the end of a growing log (like tail -f)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line number (1 - %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matching lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No log open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 lines, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (indexing…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — showing %2 lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lt::ui::LogView</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility: %1, code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open the error lookup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… (line cut off for display)</source>
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
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lt::ui::OutputChooser</name>
    <message>
        <source>Where should the file be saved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder the file is saved to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the folder the file is saved to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the file that will be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lt::ui::ProgressPage</name>
    <message>
        <source>Elapsed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the running programs and removing the unfinished file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the zip file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now collecting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m items</source>
        <extracomment>%v and %m are filled in by the progress bar (items done, items in total)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel collecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items and their status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lt::ui::ResultPage</name>
    <message>
        <source>Path copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: the file is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this file to the helpdesk (for example as an e-mail attachment):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the collected file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder that contains the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the path of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the collected file in the viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the start page</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n item(s) were collected.</source>
        <translation>
            <numerusform>The only item was collected.</numerusform>
            <numerusform>All %n items were collected.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 items were collected; %3 could not be collected (see below). The file is still useful: send it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not collected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items that could not be collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some items need administrator rights. To include them, click &quot;Back&quot;, restart as administrator and collect again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lt::ui::SeverityStyle</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lt::ui::StartPage</name>
    <message>
        <source>Collect logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick what to collect and click &quot;Collect&quot;. One zip file is saved (on the desktop unless you choose another folder below): send that file to the helpdesk. Nothing is sent automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts collecting and saves one zip file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lt::ui::SummaryPage</name>
    <message numerus="yes">
        <source>%n likely cause(s) found — see the diagnoses below.</source>
        <translation>
            <numerusform>%n likely cause found — see the diagnoses below.</numerusform>
            <numerusform>%n likely causes found — see the diagnoses below.</numerusform>
        </translation>
    </message>
    <message>
        <source>Analysing… %1 of %2 files read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No known cause was recognised, but %n error(s) were found. See the findings.</source>
        <translation>
            <numerusform>No known cause was recognised, but %n error was found. See the findings.</numerusform>
            <numerusform>No known cause was recognised, but %n errors were found. See the findings.</numerusform>
        </translation>
    </message>
    <message>
        <source>No errors were found in the logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected as administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No — some items may be missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collector version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No manifest.json: this is not a collector bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files in bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspects: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidence %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files with errors and warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing opened yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a bundle (.zip), a folder or log files with File ▸ Open, or drop them here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lt::ui::TimelinePane</name>
    <message>
        <source>Select several logs to see their lines merged by time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging %1 logs by time… %2 lines so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 logs, %2 lines merged by time (lines without a time stay with the line before)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lt::ui::TimelineView</name>
    <message>
        <source>%1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lt::ui::ViewerActions</name>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the triage report as HTML, Markdown or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy diagnoses for ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code &amp;lookup...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merged timeline of selected logs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lt::ui::ViewerWidget</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <source>Analysing… %1 of %2 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files analysed: %2 errors, %3 warnings, %4 diagnoses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown report format: use .html, .md or .json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML report (*.html);;Markdown (*.md);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n diagnosis(es) copied to the clipboard.</source>
        <translation>
            <numerusform>%n diagnosis copied to the clipboard.</numerusform>
            <numerusform>%n diagnoses copied to the clipboard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open an unpacked bundle folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only files with errors or warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show format column</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lt::ui::WhatIsCollectedDialog</name>
    <message>
        <source>Only what is listed here is collected. Nothing is sent anywhere: everything goes into one zip file on this computer, and you decide whom to send it to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs administrator rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is collected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is collected, by category</source>
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
    <message>
        <source>Categories to tick in the collector, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file or folder to collect too (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the collector saves the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
