<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../../workbench/cli/accounts.py" line="215"/>
        <source>, %n push(es) waiting</source>
        <translation>
            <numerusform>, %n push waiting</numerusform>
            <numerusform>, %n pushes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/cli/imports.py" line="71"/>
        <source>Skipped %n bad record(s):</source>
        <translation>
            <numerusform>Skipped %n bad record:</numerusform>
            <numerusform>Skipped %n bad records:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/cli/imports.py" line="75"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/cli/interventions.py" line="131"/>
        <source>Observation recorded. Items {items_before} → {items_after}, replies {replies_before} → {replies_after}, flagged {flagged_before} → {flagged_after} (%n days before and after).</source>
        <translation>
            <numerusform>Observation recorded. Items {items_before} → {items_after}, replies {replies_before} → {replies_after}, flagged {flagged_before} → {flagged_after} (%n day before and after).</numerusform>
            <numerusform>Observation recorded. Items {items_before} → {items_after}, replies {replies_before} → {replies_after}, flagged {flagged_before} → {flagged_after} (%n days before and after).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/cli/interventions.py" line="192"/>
        <source>strikes expire after %n day(s).</source>
        <translation>
            <numerusform>strikes expire after %n day.</numerusform>
            <numerusform>strikes expire after %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/cli/members.py" line="86"/>
        <source>%n item(s), first seen {first}, last seen {last}</source>
        <translation>
            <numerusform>%n item, first seen {first}, last seen {last}</numerusform>
            <numerusform>%n items, first seen {first}, last seen {last}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/cli/members.py" line="104"/>
        <source>%n active strike(s); the ladder&apos;s next step: {kind}</source>
        <translation>
            <numerusform>%n active strike; the ladder&apos;s next step: {kind}</numerusform>
            <numerusform>%n active strikes; the ladder&apos;s next step: {kind}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/cli/members.py" line="221"/>
        <source>Imported %n rating(s).</source>
        <translation>
            <numerusform>Imported %n rating.</numerusform>
            <numerusform>Imported %n ratings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/cli/queue.py" line="93"/>
        <source>Recorded %n decision(s): {decision}.</source>
        <translation>
            <numerusform>Recorded %n decision: {decision}.</numerusform>
            <numerusform>Recorded %n decisions: {decision}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/cli/queue.py" line="116"/>
        <source>Undid your latest decision: brought back %n {state} item(s) ({items}).</source>
        <translation>
            <numerusform>Undid your latest decision: brought back %n {state} item ({items}).</numerusform>
            <numerusform>Undid your latest decision: brought back %n {state} items ({items}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/cli/vocabulary.py" line="60"/>
        <source>follow-up %n d</source>
        <translation>
            <numerusform>follow-up %n d</numerusform>
            <numerusform>follow-up %n d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/cli/watchlists.py" line="84"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/cli/watchlists.py" line="169"/>
        <source>You follow &apos;{list}&apos;: %n entries are in force here now.</source>
        <translation>
            <numerusform>You follow &apos;{list}&apos;: %n entry is in force here now.</numerusform>
            <numerusform>You follow &apos;{list}&apos;: %n entries are in force here now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/cli/watchlists.py" line="206"/>
        <source>Wrote %n domains to {path}.</source>
        <translation>
            <numerusform>Wrote %n domain to {path}.</numerusform>
            <numerusform>Wrote %n domains to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/cli/watchlists.py" line="212"/>
        <source>%n trusted domains left out: Mastodon&apos;s blocks have no such severity.</source>
        <translation>
            <numerusform>%n trusted domain left out: Mastodon&apos;s blocks have no such severity.</numerusform>
            <numerusform>%n trusted domains left out: Mastodon&apos;s blocks have no such severity.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/cli/watchlists.py" line="221"/>
        <source>&apos;{list}&apos;: %n changes</source>
        <translation>
            <numerusform>&apos;{list}&apos;: %n change</numerusform>
            <numerusform>&apos;{list}&apos;: %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/cli/watchlists.py" line="224"/>
        <source>, %n unchanged</source>
        <translation>
            <numerusform>, %n unchanged</numerusform>
            <numerusform>, %n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/cli/watchlists.py" line="278"/>
        <source>%n bans of members on other networks left out.</source>
        <translation>
            <numerusform>%n ban of a member on another network left out.</numerusform>
            <numerusform>%n bans of members on other networks left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../workbench/ui/dialogs/import_dialog.py" line="291"/>
        <source>Skipped %n bad record(s), the first:</source>
        <translation>
            <numerusform>Skipped %n bad record, the first:</numerusform>
            <numerusform>Skipped %n bad records, the first:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/dialogs/import_dialog.py" line="412"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/dialogs/import_dialog.py" line="413"/>
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
        <location filename="../../workbench/ui/dialogs/intervention_dialog.py" line="162"/>
        <source>%n active strike(s); the team&apos;s ladder suggests: {kind}.</source>
        <translation>
            <numerusform>%n active strike; the team&apos;s ladder suggests: {kind}.</numerusform>
            <numerusform>%n active strikes; the team&apos;s ladder suggests: {kind}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/dialogs/intervention_dialog.py" line="149"/>
        <source>{member}: %n active strike(s); the ladder suggests: {kind}.</source>
        <translation>
            <numerusform>{member}: %n active strike; the ladder suggests: {kind}.</numerusform>
            <numerusform>{member}: %n active strikes; the ladder suggests: {kind}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemDetail</name>
    <message numerus="yes">
        <location filename="../../workbench/ui/widgets/item_detail.py" line="34"/>
        <source>%n report(s) on {network}</source>
        <translation>
            <numerusform>%n report on {network}</numerusform>
            <numerusform>%n reports on {network}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveSync</name>
    <message numerus="yes">
        <location filename="../../workbench/ui/tasks/live_sync.py" line="263"/>
        <source>{account}: %n new item(s), {pushed} sent</source>
        <translation>
            <numerusform>{account}: %n new item, {pushed} sent</numerusform>
            <numerusform>{account}: %n new items, {pushed} sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../workbench/ui/main_window.py" line="600"/>
        <source>%n open in the queue</source>
        <translation>
            <numerusform>%n open in the queue</numerusform>
            <numerusform>%n open in the queue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/main_window.py" line="613"/>
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n follow-up due</numerusform>
            <numerusform>%n follow-ups due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/main_window.py" line="786"/>
        <source>Shared %n event(s) in {path}.</source>
        <translation>
            <numerusform>Shared %n event in {path}.</numerusform>
            <numerusform>Shared %n events in {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/main_window.py" line="811"/>
        <source>Merged %n event(s) from {path}.</source>
        <translation>
            <numerusform>Merged %n event from {path}.</numerusform>
            <numerusform>Merged %n events from {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message numerus="yes">
        <location filename="../../workbench/ui/pages/members_page.py" line="260"/>
        <source>%n member(s) shown, more as you scroll</source>
        <translation>
            <numerusform>%n member shown, more as you scroll</numerusform>
            <numerusform>%n members shown, more as you scroll</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/pages/members_page.py" line="262"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <location filename="../../workbench/ui/dialogs/merge_dialog.py" line="180"/>
        <source>Erase them here too: %n member(s) your teammates erased ({names})</source>
        <translation>
            <numerusform>Erase them here too: %n member your teammates erased ({names})</numerusform>
            <numerusform>Erase them here too: %n members your teammates erased ({names})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/dialogs/merge_dialog.py" line="243"/>
        <source>&lt;b&gt;%n new event(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n new event&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n new events&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/dialogs/merge_dialog.py" line="244"/>
        <source> (%n already here)</source>
        <translation>
            <numerusform> (%n already here)</numerusform>
            <numerusform> (%n already here)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/dialogs/merge_dialog.py" line="254"/>
        <source>Members: %n new</source>
        <translation>
            <numerusform>Members: %n new</numerusform>
            <numerusform>Members: %n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/dialogs/merge_dialog.py" line="255"/>
        <location filename="../../workbench/ui/dialogs/merge_dialog.py" line="259"/>
        <source>, %n matched with yours</source>
        <translation>
            <numerusform>, %n matched with yours</numerusform>
            <numerusform>, %n matched with yours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/dialogs/merge_dialog.py" line="258"/>
        <source>Posts: %n new (an excerpt each)</source>
        <translation>
            <numerusform>Posts: %n new (an excerpt each)</numerusform>
            <numerusform>Posts: %n new (an excerpt each)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/dialogs/merge_dialog.py" line="264"/>
        <source>&lt;b&gt;%n intervention(s) were corrected both there and here&lt;/b&gt;: the latest correction is shown, marked ⚠ under Interventions until one of you corrects it again.</source>
        <translation>
            <numerusform>&lt;b&gt;%n intervention was corrected both there and here&lt;/b&gt;: the latest correction is shown, marked ⚠ under Interventions until one of you corrects it again.</numerusform>
            <numerusform>&lt;b&gt;%n interventions were corrected both there and here&lt;/b&gt;: the latest correction is shown, marked ⚠ under Interventions until one of you corrects it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/dialogs/merge_dialog.py" line="277"/>
        <source>%n member(s) it names were erased here: they stay erased.</source>
        <translation>
            <numerusform>%n member it names were erased here: they stay erased.</numerusform>
            <numerusform>%n members it names were erased here: they stay erased.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfflineLabel</name>
    <message numerus="yes">
        <location filename="../../workbench/ui/tasks/team_store.py" line="108"/>
        <source>offline: %n change(s) waiting</source>
        <translation>
            <numerusform>offline: %n change waiting</numerusform>
            <numerusform>offline: %n changes waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message numerus="yes">
        <location filename="../../workbench/ui/pages/queue_page.py" line="625"/>
        <source>%n item(s) by memorialized members were left out.</source>
        <translation>
            <numerusform>%n item by a memorialized member was left out.</numerusform>
            <numerusform>%n items by memorialized members were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/pages/queue_page.py" line="799"/>
        <source>%n item(s) and their authors go into:</source>
        <translation>
            <numerusform>%n item and its author go into:</numerusform>
            <numerusform>%n items and their authors go into:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/pages/queue_page.py" line="484"/>
        <source>%n item(s) checked — Esc clears</source>
        <translation>
            <numerusform>%n item checked — Esc clears</numerusform>
            <numerusform>%n items checked — Esc clears</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/pages/queue_page.py" line="641"/>
        <source>Approved %n item(s) by {who} — U undoes.</source>
        <translation>
            <numerusform>Approved %n item by {who} — U undoes.</numerusform>
            <numerusform>Approved %n items by {who} — U undoes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/pages/queue_page.py" line="643"/>
        <source>Removed %n item(s) by {who} — U undoes.</source>
        <translation>
            <numerusform>Removed %n item by {who} — U undoes.</numerusform>
            <numerusform>Removed %n items by {who} — U undoes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/pages/queue_page.py" line="645"/>
        <source>Escalated %n item(s) by {who} — U undoes.</source>
        <translation>
            <numerusform>Escalated %n item by {who} — U undoes.</numerusform>
            <numerusform>Escalated %n items by {who} — U undoes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/pages/queue_page.py" line="647"/>
        <source>Ignored %n item(s) by {who} — U undoes.</source>
        <translation>
            <numerusform>Ignored %n item by {who} — U undoes.</numerusform>
            <numerusform>Ignored %n items by {who} — U undoes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/pages/queue_page.py" line="658"/>
        <source>{first} and %n other(s)</source>
        <translation>
            <numerusform>{first} and %n other</numerusform>
            <numerusform>{first} and %n others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/pages/queue_page.py" line="683"/>
        <source>Brought back %n removed item(s).</source>
        <translation>
            <numerusform>Brought back %n removed item.</numerusform>
            <numerusform>Brought back %n removed items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/pages/queue_page.py" line="685"/>
        <source>Brought back %n approved item(s).</source>
        <translation>
            <numerusform>Brought back %n approved item.</numerusform>
            <numerusform>Brought back %n approved items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/pages/queue_page.py" line="687"/>
        <source>Brought back %n ignored item(s).</source>
        <translation>
            <numerusform>Brought back %n ignored item.</numerusform>
            <numerusform>Brought back %n ignored items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/pages/queue_page.py" line="688"/>
        <source>Took back the escalation of %n item(s).</source>
        <translation>
            <numerusform>Took back the escalation of %n item.</numerusform>
            <numerusform>Took back the escalation of %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/pages/queue_page.py" line="716"/>
        <source>Released %n item(s): anyone may claim them now.</source>
        <translation>
            <numerusform>Released %n item: anyone may claim it now.</numerusform>
            <numerusform>Released %n items: anyone may claim them now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/pages/queue_page.py" line="720"/>
        <source>Claimed %n item(s): they are assigned to you now.</source>
        <translation>
            <numerusform>Claimed %n item: it is assigned to you now.</numerusform>
            <numerusform>Claimed %n items: they are assigned to you now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/pages/queue_page.py" line="820"/>
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
        <location filename="../../workbench/ui/dialogs/rules_dialog.py" line="326"/>
        <source>%n item(s) match the rules now.</source>
        <translation>
            <numerusform>%n item matches the rules now.</numerusform>
            <numerusform>%n items match the rules now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchlistsPage</name>
    <message numerus="yes">
        <location filename="../../workbench/ui/pages/watchlists_page.py" line="262"/>
        <source>Follow {list}? Its %n entries will be in force here.</source>
        <translation>
            <numerusform>Follow {list}? Its %n entry will be in force here.</numerusform>
            <numerusform>Follow {list}? Its %n entries will be in force here.</numerusform>
        </translation>
    </message>
</context>
</TS>
