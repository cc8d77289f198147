<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<!-- English plural forms: Qt shows "%n item(s)" as written unless a translation gives
     the singular and the plural. Compiled to workbench_en.qm (python3 dev.py translations). -->
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>Skipped %n bad record(s), the first:</source>
        <translation>
            <numerusform>Skipped %n bad record, the first:</numerusform>
            <numerusform>Skipped %n bad records, the first:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterventionDialog</name>
    <message numerus="yes">
        <source>%n active strike(s); the team's ladder suggests: {kind}.</source>
        <translation>
            <numerusform>%n active strike; the team's ladder suggests: {kind}.</numerusform>
            <numerusform>%n active strikes; the team's ladder suggests: {kind}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{member}: %n active strike(s); the ladder suggests: {kind}.</source>
        <translation>
            <numerusform>{member}: %n active strike; the ladder suggests: {kind}.</numerusform>
            <numerusform>{member}: %n active strikes; the ladder suggests: {kind}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n open in the queue</source>
        <translation>
            <numerusform>%n open in the queue</numerusform>
            <numerusform>%n open in the queue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n follow-up due</numerusform>
            <numerusform>%n follow-ups due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s).</source>
        <translation>
            <numerusform>Exported %n event.</numerusform>
            <numerusform>Exported %n events.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message numerus="yes">
        <source>%n decision(s) recorded.</source>
        <translation>
            <numerusform>%n decision recorded.</numerusform>
            <numerusform>%n decisions recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) by memorialized members were left out.</source>
        <translation>
            <numerusform>%n item by a memorialized member was left out.</numerusform>
            <numerusform>%n items by memorialized members were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) and their authors go into:</source>
        <translation>
            <numerusform>%n item and its author go into:</numerusform>
            <numerusform>%n items and their authors go into:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) checked — Esc clears</source>
        <translation>
            <numerusform>%n item checked — Esc clears</numerusform>
            <numerusform>%n items checked — Esc clears</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approved %n item(s) by {who} — U undoes.</source>
        <translation>
            <numerusform>Approved %n item by {who} — U undoes.</numerusform>
            <numerusform>Approved %n items by {who} — U undoes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n item(s) by {who} — U undoes.</source>
        <translation>
            <numerusform>Removed %n item by {who} — U undoes.</numerusform>
            <numerusform>Removed %n items by {who} — U undoes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Escalated %n item(s) by {who} — U undoes.</source>
        <translation>
            <numerusform>Escalated %n item by {who} — U undoes.</numerusform>
            <numerusform>Escalated %n items by {who} — U undoes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ignored %n item(s) by {who} — U undoes.</source>
        <translation>
            <numerusform>Ignored %n item by {who} — U undoes.</numerusform>
            <numerusform>Ignored %n items by {who} — U undoes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{first} and %n other(s)</source>
        <translation>
            <numerusform>{first} and %n other</numerusform>
            <numerusform>{first} and %n others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Brought back %n removed item(s).</source>
        <translation>
            <numerusform>Brought back %n removed item.</numerusform>
            <numerusform>Brought back %n removed items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Brought back %n approved item(s).</source>
        <translation>
            <numerusform>Brought back %n approved item.</numerusform>
            <numerusform>Brought back %n approved items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Brought back %n ignored item(s).</source>
        <translation>
            <numerusform>Brought back %n ignored item.</numerusform>
            <numerusform>Brought back %n ignored items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took back the escalation of %n item(s).</source>
        <translation>
            <numerusform>Took back the escalation of %n item.</numerusform>
            <numerusform>Took back the escalation of %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Claimed %n item(s): they are assigned to you now.</source>
        <translation>
            <numerusform>Claimed %n item: it is assigned to you now.</numerusform>
            <numerusform>Claimed %n items: they are assigned to you now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filed %n item(s) and their authors in “{incident}”.</source>
        <translation>
            <numerusform>Filed %n item and its author in “{incident}”.</numerusform>
            <numerusform>Filed %n items and their authors in “{incident}”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message numerus="yes">
        <source>%n item(s) match the rules now.</source>
        <translation>
            <numerusform>%n item matches the rules now.</numerusform>
            <numerusform>%n items match the rules now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveSync</name>
    <message numerus="yes">
        <source>{account}: %n new item(s), {pushed} sent</source>
        <translation>
            <numerusform>{account}: %n new item, {pushed} sent</numerusform>
            <numerusform>{account}: %n new items, {pushed} sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemDetail</name>
    <message numerus="yes">
        <source>%n report(s) on {network}</source>
        <translation>
            <numerusform>%n report on {network}</numerusform>
            <numerusform>%n reports on {network}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message numerus="yes">
        <source>%n member(s) shown, more as you scroll</source>
        <translation>
            <numerusform>%n member shown, more as you scroll</numerusform>
            <numerusform>%n members shown, more as you scroll</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
</context>
</TS>
