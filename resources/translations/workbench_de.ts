<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountForms</name>
    <message>
        <location filename="../../workbench/ui/dialogs/account_forms.py" line="43"/>
        <source>Site address:</source>
        <translation>Adresse der Website:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/account_forms.py" line="45"/>
        <source>WordPress user:</source>
        <translation>WordPress-Benutzer:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/account_forms.py" line="47"/>
        <source>Application password:</source>
        <translation>Anwendungspasswort:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/account_forms.py" line="51"/>
        <source>Homeserver:</source>
        <translation>Homeserver:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/account_forms.py" line="53"/>
        <source>Matrix user:</source>
        <translation>Matrix-Benutzer:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/account_forms.py" line="55"/>
        <source>Access token:</source>
        <translation>Zugriffstoken:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/account_forms.py" line="59"/>
        <source>Rooms:</source>
        <translation>Räume:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/account_forms.py" line="60"/>
        <source>#room:example.org !id:example.org … (all joined)</source>
        <translation>#raum:example.org !id:example.org … (alle beigetretenen)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/account_forms.py" line="68"/>
        <source>Instance:</source>
        <translation>Instanz:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/account_forms.py" line="76"/>
        <source>Hashtags:</source>
        <translation>Hashtags:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/account_forms.py" line="77"/>
        <source>werkstatt diy … (none)</source>
        <translation>werkstatt diy … (keine)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/account_forms.py" line="81"/>
        <source>Lists:</source>
        <translation>Listen:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/account_forms.py" line="82"/>
        <source>list ids … (none)</source>
        <translation>Listen-IDs … (keine)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/account_forms.py" line="88"/>
        <source>Forum address:</source>
        <translation>Adresse des Forums:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/account_forms.py" line="90"/>
        <source>API user name:</source>
        <translation>API-Benutzername:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/account_forms.py" line="92"/>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/account_forms.py" line="104"/>
        <source>Installed app&apos;s id:</source>
        <translation>ID der installierten App:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/account_forms.py" line="105"/>
        <source>from reddit.com/prefs/apps</source>
        <translation>von reddit.com/prefs/apps</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/account_forms.py" line="110"/>
        <source>Subreddits:</source>
        <translation>Subreddits:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/account_forms.py" line="111"/>
        <source>werkstatt heimwerker …</source>
        <translation>werkstatt heimwerker …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/account_forms.py" line="115"/>
        <source>Redirect:</source>
        <translation>Weiterleitung:</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <location filename="../../workbench/core/live/accounts.py" line="105"/>
        <source>&apos;{url}&apos; is no web address; give one like https://example.org.</source>
        <translation>„{url}“ ist keine Webadresse; geben Sie eine wie https://example.org an.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/live/accounts.py" line="111"/>
        <source>Give the address without a user name or password in it.</source>
        <translation>Geben Sie die Adresse ohne Benutzernamen oder Passwort an.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/live/accounts.py" line="121"/>
        <location filename="../../workbench/core/live/accounts.py" line="152"/>
        <source>An account needs a name and a user.</source>
        <translation>Ein Konto braucht einen Namen und einen Benutzer.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/live/accounts.py" line="123"/>
        <source>Sync at most once a minute.</source>
        <translation>Höchstens einmal pro Minute synchronisieren.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/live/accounts.py" line="147"/>
        <source>&apos;{kind}&apos; is no kind of account; use one of: {kinds}.</source>
        <translation>„{kind}“ ist keine Kontoart; verwenden Sie eine von: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/live/accounts.py" line="157"/>
        <source>There is an account &apos;{name}&apos; already.</source>
        <translation>Es gibt bereits ein Konto „{name}“.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/live/accounts.py" line="218"/>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <location filename="../../workbench/core/live/accounts.py" line="222"/>
        <source>There is no account &apos;{name}&apos; (accounts: {there}).</source>
        <translation>Es gibt kein Konto „{name}“ (Konten: {there}).</translation>
    </message>
    <message>
        <location filename="../../workbench/services/live/secrets.py" line="50"/>
        <source>this session only (no keyring is usable here)</source>
        <translation>nur diese Sitzung (hier ist kein Schlüsselbund nutzbar)</translation>
    </message>
    <message>
        <location filename="../../workbench/services/live/secrets.py" line="51"/>
        <source>the keyring ({name})</source>
        <translation>dem Schlüsselbund ({name})</translation>
    </message>
    <message>
        <location filename="../../workbench/services/live/secrets.py" line="64"/>
        <source>The keyring did not keep the secret: {problem}</source>
        <translation>Der Schlüsselbund hat das Geheimnis nicht gespeichert: {problem}</translation>
    </message>
    <message>
        <location filename="../../workbench/services/live/secrets.py" line="95"/>
        <source>The keyring did not forget the secret: {problem}</source>
        <translation>Der Schlüsselbund hat das Geheimnis nicht gelöscht: {problem}</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../workbench/ui/dialogs/accounts_dialog.py" line="50"/>
        <location filename="../../workbench/ui/dialogs/accounts_dialog.py" line="64"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/accounts_dialog.py" line="83"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/accounts_dialog.py" line="88"/>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/accounts_dialog.py" line="89"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/accounts_dialog.py" line="96"/>
        <source>Sync every:</source>
        <translation>Synchronisieren alle:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/accounts_dialog.py" line="103"/>
        <source>Secrets are kept in {where}, never in the database.</source>
        <translation>Geheimnisse liegen in {where}, nie in der Datenbank.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/accounts_dialog.py" line="110"/>
        <source>No keyring is usable on this computer, so a secret is kept only until you close the workbench and must be entered again next time. Install a keyring (GNOME Keyring, KWallet, or another backend of Python&apos;s keyring) to keep it.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund nutzbar, daher wird ein Geheimnis nur bis zum Schließen der Werkbank aufbewahrt und muss beim nächsten Mal erneut eingegeben werden. Installieren Sie einen Schlüsselbund (GNOME Keyring, KWallet oder ein anderes Backend von Pythons keyring), um es zu behalten.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/accounts_dialog.py" line="122"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/accounts_dialog.py" line="125"/>
        <location filename="../../workbench/ui/dialogs/accounts_dialog.py" line="261"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/accounts_dialog.py" line="128"/>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/accounts_dialog.py" line="131"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/accounts_dialog.py" line="185"/>
        <source>No account yet: fill in the form and save.</source>
        <translation>Noch kein Konto: Füllen Sie das Formular aus und speichern Sie.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/accounts_dialog.py" line="203"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/accounts_dialog.py" line="246"/>
        <source>Code from the browser:</source>
        <translation>Code aus dem Browser:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/accounts_dialog.py" line="257"/>
        <source>Sign in in the browser…</source>
        <translation>Im Browser anmelden …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/accounts_dialog.py" line="259"/>
        <source>Finish signing in</source>
        <translation>Anmeldung abschließen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/accounts_dialog.py" line="291"/>
        <source>Enter the secret the account signs in with.</source>
        <translation>Geben Sie das Geheimnis ein, mit dem sich das Konto anmeldet.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/accounts_dialog.py" line="327"/>
        <source>Saved; the secret is in {where}.</source>
        <translation>Gespeichert; das Geheimnis liegt in {where}.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/accounts_dialog.py" line="329"/>
        <source>Saved; the secret is kept for this session only.</source>
        <translation>Gespeichert; das Geheimnis wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/accounts_dialog.py" line="332"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/accounts_dialog.py" line="348"/>
        <source>An account needs a name and a user.</source>
        <translation>Ein Konto braucht einen Namen und einen Benutzer.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/accounts_dialog.py" line="357"/>
        <source>Opening the sign-in page…</source>
        <translation>Anmeldeseite wird geöffnet …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/accounts_dialog.py" line="364"/>
        <source>Paste the code the browser showed, then Finish signing in.</source>
        <translation>Fügen Sie den Code ein, den der Browser angezeigt hat, und klicken Sie dann auf „Anmeldung abschließen“.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/accounts_dialog.py" line="411"/>
        <source>Allow Community Workbench on the page that opened (or open &lt;a href=&apos;{url}&apos;&gt;the sign-in page&lt;/a&gt;), paste the code it shows (or the address it went to) below, then Finish signing in.</source>
        <translation>Erlauben Sie Community Workbench auf der geöffneten Seite (oder öffnen Sie &lt;a href=&apos;{url}&apos;&gt;die Anmeldeseite&lt;/a&gt;), fügen Sie den angezeigten Code (oder die Adresse, zu der sie weitergeleitet hat) unten ein und klicken Sie dann auf „Anmeldung abschließen“.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/accounts_dialog.py" line="431"/>
        <source>&apos;{name}&apos; is disconnected; what it brought stays.</source>
        <translation>„{name}“ ist getrennt; was es gebracht hat, bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/accounts_dialog.py" line="447"/>
        <source>Enter the secret to test the account with.</source>
        <translation>Geben Sie das Geheimnis ein, mit dem das Konto getestet werden soll.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/accounts_dialog.py" line="449"/>
        <source>Testing {name}…</source>
        <translation>{name} wird getestet …</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../workbench/ui/app.py" line="346"/>
        <source>Restored from {backup}.</source>
        <translation>Aus {backup} wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/app.py" line="350"/>
        <source>The store as it was is kept as {path}.</source>
        <translation>Die bisherige Datenbank bleibt als {path} erhalten.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/app.py" line="222"/>
        <source>{path} is open in a workbench window already; it came to the front.</source>
        <translation>{path} ist schon in einem Fenster der Werkbank geöffnet; es wurde nach vorne geholt.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/app.py" line="206"/>
        <source>Open the store on this laptop instead?</source>
        <translation>Stattdessen den Speicher auf diesem Laptop öffnen?</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/app.py" line="209"/>
        <source>Open laptop store</source>
        <translation>Laptop-Speicher öffnen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/app.py" line="212"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/app.py" line="231"/>
        <source>{path} is open in another workbench window or program (process {pid}). Close it there, or open another database with --db.</source>
        <translation>{path} ist in einem anderen Fenster der Werkbank oder einem anderen Programm geöffnet (Prozess {pid}). Schließen Sie sie dort, oder öffnen Sie mit --db eine andere Datenbank.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/app.py" line="297"/>
        <source>{path} is open in another workbench window or program.</source>
        <translation>{path} ist in einem anderen Fenster der Werkbank oder einem anderen Programm geöffnet.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/app.py" line="322"/>
        <source>Opened {store}.</source>
        <translation>{store} geöffnet.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../workbench/core/store/backup.py" line="57"/>
        <source>A backup cannot replace its own store {path}.</source>
        <translation>Eine Sicherung kann nicht ihre eigene Datenbank {path} ersetzen.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/store/backup.py" line="103"/>
        <source>There is no backup at {path}.</source>
        <translation>Unter {path} gibt es keine Sicherung.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/store/backup.py" line="108"/>
        <source>{path} is no workbench backup: it holds no store.</source>
        <translation>{path} ist keine Sicherung der Werkbank: Sie enthält keine Datenbank.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/store/backup.py" line="119"/>
        <source>{path} is damaged ({problem}); it cannot be restored.</source>
        <translation>{path} ist beschädigt ({problem}); sie kann nicht wiederhergestellt werden.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../workbench/ui/backups.py" line="47"/>
        <source>Back up database</source>
        <translation>Datenbank sichern</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backups.py" line="58"/>
        <source>Backed up to {path} ({what}).</source>
        <translation>Gesichert in {path} ({what}).</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backups.py" line="54"/>
        <source>Backing up…</source>
        <translation>Wird gesichert …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backups.py" line="158"/>
        <source>Daily backup written to {path}.</source>
        <translation>Tägliche Sicherung in {path} geschrieben.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backups.py" line="101"/>
        <source>Replace {store} with the backup {backup}, {what}?

What was recorded since the backup is no longer in the store; the store as it is now is kept beside it. The window closes and opens again on the backup.</source>
        <translation>{store} durch die Sicherung {backup} ersetzen, {what}?

Was seit der Sicherung erfasst wurde, ist dann nicht mehr in der Datenbank; die Datenbank, wie sie jetzt ist, bleibt daneben erhalten. Das Fenster schließt sich und öffnet sich wieder mit der Sicherung.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backups.py" line="78"/>
        <location filename="../../workbench/ui/backups.py" line="91"/>
        <location filename="../../workbench/ui/backups.py" line="100"/>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backups.py" line="63"/>
        <source>The backup failed: {problem}</source>
        <translation>Die Sicherung ist fehlgeschlagen: {problem}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backups.py" line="148"/>
        <source>The daily backup failed: {problem}</source>
        <translation>Die tägliche Sicherung ist fehlgeschlagen: {problem}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backups.py" line="49"/>
        <source>Workbench database (*.db)</source>
        <translation>Datenbank der Werkbank (*.db)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backups.py" line="80"/>
        <source>Workbench database (*.db);;All files (*)</source>
        <translation>Datenbank der Werkbank (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backups.py" line="28"/>
        <source>taken {when}: {items} items, {members} members, {events} events</source>
        <translation>vom {when}: {items} Beiträge, {members} Mitglieder, {events} Ereignisse</translation>
    </message>
</context>
<context>
    <name>Bundles</name>
    <message>
        <location filename="../../workbench/core/team/bundles/merge.py" line="138"/>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/bundles/merge.py" line="142"/>
        <source>{path} is signed by {name}&apos;s key {fingerprint} ({words}), which you have not trusted. Compare it with {name} (by phone, or a chat you trust), then trust it: workbench team trust {plain} --name &quot;{name}&quot;</source>
        <translation>{path} ist mit dem Schlüssel {fingerprint} von {name} signiert ({words}), dem Sie noch nicht vertrauen. Vergleichen Sie ihn mit {name} (am Telefon oder in einem Chat, dem Sie vertrauen) und vertrauen Sie ihm dann: workbench team trust {plain} --name &quot;{name}&quot;</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/bundles/merge.py" line="189"/>
        <source>{path} cannot be merged: {file} line {line} is an event of kind &apos;{kind}&apos;, which a shared log does not carry.</source>
        <translation>{path} kann nicht zusammengeführt werden: {file} Zeile {line} ist ein Ereignis der Art „{kind}“, das ein geteiltes Protokoll nicht enthält.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/bundles/merge.py" line="217"/>
        <source>{path} cannot be merged: {file} line {line} carries a signature that does not match the event: it was changed after {name} recorded it, or forged.</source>
        <translation>{path} lässt sich nicht zusammenführen: {file}, Zeile {line} trägt eine Signatur, die nicht zum Ereignis passt: Es wurde geändert, nachdem {name} es aufgezeichnet hat, oder gefälscht.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/bundles/merge.py" line="495"/>
        <source>Shared log ({network})</source>
        <translation>Geteiltes Protokoll ({network})</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/bundles/merge.py" line="562"/>
        <source>{path} cannot be merged: {file} line {line}: {problem}</source>
        <translation>{path} kann nicht zusammengeführt werden: {file} Zeile {line}: {problem}</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/bundles/reader.py" line="94"/>
        <source>{path} cannot be merged: {problem}</source>
        <translation>{path} kann nicht zusammengeführt werden: {problem}</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/bundles/reader.py" line="104"/>
        <source>{name} is {size:,} bytes, more than the {limit:,} a bundle may hold.</source>
        <translation>{name} ist {size:,} Bytes groß, mehr als die {limit:,}, die ein Paket enthalten darf.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/bundles/reader.py" line="111"/>
        <source>{name} expands too far to be a log (a zip bomb?).</source>
        <translation>{name} entpackt sich zu weit, um ein Protokoll zu sein (eine Zip-Bombe?).</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/bundles/reader.py" line="121"/>
        <source>{name} is damaged ({problem}).</source>
        <translation>{name} ist beschädigt ({problem}).</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/bundles/reader.py" line="128"/>
        <source>{name} is larger than its zip entry says.</source>
        <translation>{name} ist größer, als sein Zip-Eintrag angibt.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/bundles/reader.py" line="141"/>
        <source>it holds &apos;{name}&apos;, which no log bundle has.</source>
        <translation>es enthält „{name}“, das kein Protokollpaket enthält.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/bundles/reader.py" line="147"/>
        <source>it holds &apos;{name}&apos; twice.</source>
        <translation>es enthält „{name}“ zweimal.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/bundles/reader.py" line="152"/>
        <source>it has no {name}.</source>
        <translation>es hat kein {name}.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/bundles/reader.py" line="161"/>
        <source>its manifest is not JSON ({problem}).</source>
        <translation>sein Manifest ist kein JSON ({problem}).</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/bundles/reader.py" line="164"/>
        <source>it is not a Community Workbench log bundle.</source>
        <translation>es ist kein Protokollpaket von Community Workbench.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/bundles/reader.py" line="169"/>
        <source>it is of format version {version}; this app reads up to version {known}. Update the workbench to merge it.</source>
        <translation>es hat die Formatversion {version}; diese App liest bis Version {known}. Aktualisieren Sie die Werkbank, um es zusammenzuführen.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/bundles/reader.py" line="178"/>
        <source>its manifest does not fit the format ({problem}).</source>
        <translation>sein Manifest passt nicht zum Format ({problem}).</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/bundles/reader.py" line="192"/>
        <source>its manifest names a fingerprint that is not its key&apos;s.</source>
        <translation>sein Manifest nennt einen Fingerabdruck, der nicht der seines Schlüssels ist.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/bundles/reader.py" line="197"/>
        <source>its signature is not base64.</source>
        <translation>seine Signatur ist kein Base64.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/bundles/reader.py" line="201"/>
        <source>its signature does not match its manifest: the bundle was changed after {name} signed it, or was not signed by them.</source>
        <translation>seine Signatur passt nicht zu seinem Manifest: Das Paket wurde geändert, nachdem {name} es signiert hat, oder nicht von {name} signiert.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/bundles/reader.py" line="219"/>
        <source>{name} line {line} is longer than a record may be.</source>
        <translation>{name} Zeile {line} ist länger, als ein Datensatz sein darf.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/bundles/reader.py" line="228"/>
        <source>{name} line {line} is not JSON ({problem}).</source>
        <translation>{name} Zeile {line} ist kein JSON ({problem}).</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/bundles/reader.py" line="235"/>
        <source>{name} line {line} is not a valid {record} ({problem}).</source>
        <translation>{name} Zeile {line} ist kein gültiger Datensatz „{record}“ ({problem}).</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/bundles/reader.py" line="248"/>
        <source>there is no such file.</source>
        <translation>es gibt keine solche Datei.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/bundles/reader.py" line="252"/>
        <source>it is not a complete zip file ({problem}); it may be truncated.</source>
        <translation>es ist keine vollständige Zip-Datei ({problem}); sie ist vielleicht abgeschnitten.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/bundles/reader.py" line="269"/>
        <source>{name} is not the file its signed manifest lists.</source>
        <translation>{name} ist nicht die Datei, die sein signiertes Manifest aufführt.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/bundles/reader.py" line="284"/>
        <source>{name} holds {found} records; its manifest says {said}.</source>
        <translation>{name} enthält {found} Datensätze; sein Manifest nennt {said}.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/bundles/writer.py" line="122"/>
        <source>There is no source called &apos;{name}&apos; in this database.</source>
        <translation>In dieser Datenbank gibt es keine Quelle namens „{name}“.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../workbench/cli/team_store.py" line="36"/>
        <source>The team store {url} is at schema {revision}.</source>
        <translation>Der Team-Speicher {url} hat das Schema {revision}.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team_store.py" line="45"/>
        <source>Password for {url}: </source>
        <translation>Passwort für {url}: </translation>
    </message>
    <message>
        <location filename="../../workbench/cli/common.py" line="60"/>
        <source>A team store is backed up by its server (pg_dump), not by the workbench.</source>
        <translation>Einen Team-Speicher sichert sein Server (pg_dump), nicht die Workbench.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team_store.py" line="56"/>
        <source>copying {what}: {done} of {total}</source>
        <translation>kopiere {what}: {done} von {total}</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team_store.py" line="69"/>
        <source>--from takes a laptop store&apos;s file, not {location}.</source>
        <translation>--from nimmt die Datei eines Laptop-Speichers, nicht {location}.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team_store.py" line="81"/>
        <source>Nothing new: {url} holds all of {path} already.</source>
        <translation>Nichts Neues: {url} enthält bereits alles aus {path}.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team_store.py" line="87"/>
        <source>Copied {path} into {url}. New there: sources {sources}, members {members}, items {items}, events {events}.</source>
        <translation>{path} nach {url} kopiert. Dort neu: Quellen {sources}, Mitglieder {members}, Beiträge {items}, Ereignisse {events}.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team_store.py" line="102"/>
        <source>Members erased on the laptop and now in the team store too: {count}.</source>
        <translation>Auf dem Laptop gelöschte Mitglieder, jetzt auch im Team-Speicher: {count}.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team_store.py" line="125"/>
        <source>{url}: {count} events.</source>
        <translation>{url}: {count} Ereignisse.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team_store.py" line="127"/>
        <source>signed by a trusted key: {count}</source>
        <translation>signiert mit einem vertrauten Schlüssel: {count}</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team_store.py" line="128"/>
        <source>signed by a key not trusted here: {count}</source>
        <translation>signiert mit einem hier nicht vertrauten Schlüssel: {count}</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team_store.py" line="129"/>
        <source>redacted by an erasure that vouches for them: {count}</source>
        <translation>geschwärzt durch eine Löschung, die für sie bürgt: {count}</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team_store.py" line="130"/>
        <source>unsigned: {count}</source>
        <translation>unsigniert: {count}</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team_store.py" line="131"/>
        <source>bad (changed after they were signed, or forged): {count}</source>
        <translation>ungültig (nach dem Signieren geändert oder gefälscht): {count}</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team_store.py" line="137"/>
        <source>(not trusted here)</source>
        <translation>(hier nicht vertraut)</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team_store.py" line="139"/>
        <source>  key {fingerprint}{mark}, by {names}: {count}</source>
        <translation>  Schlüssel {fingerprint}{mark}, von {names}: {count}</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team_store.py" line="145"/>
        <source>Bad events:</source>
        <translation>Ungültige Ereignisse:</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team_store.py" line="153"/>
        <source>A store the team shares on a PostgreSQL server.</source>
        <translation>Ein Speicher, den das Team auf einem PostgreSQL-Server teilt.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team_store.py" line="156"/>
        <source>Give an empty PostgreSQL database the store&apos;s schema.</source>
        <translation>Einer leeren PostgreSQL-Datenbank das Schema des Speichers geben.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team_store.py" line="161"/>
        <source>Keep the server&apos;s password in the keyring.</source>
        <translation>Das Passwort des Servers im Schlüsselbund aufbewahren.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team_store.py" line="167"/>
        <source>Copy a laptop store into a team store (again: only what is new).</source>
        <translation>Einen Laptop-Speicher in einen Team-Speicher kopieren (erneut: nur das Neue).</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team_store.py" line="174"/>
        <source>Check every event&apos;s signature: signed, by whom, redacted, unsigned, bad.</source>
        <translation>Die Signatur jedes Ereignisses prüfen: signiert, von wem, geschwärzt, unsigniert, ungültig.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/__init__.py" line="88"/>
        <source>Community Workbench: moderation for community managers.</source>
        <translation>Community Workbench: Moderation für Community-Manager.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/__init__.py" line="94"/>
        <source>database file (default: in your data folder)</source>
        <translation>Datenbankdatei (Standard: in Ihrem Datenordner)</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/__init__.py" line="97"/>
        <source>commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/__init__.py" line="142"/>
        <source>interrupted</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/accounts.py" line="30"/>
        <source>No secret was given ({prompt}).</source>
        <translation>Es wurde kein Geheimnis angegeben ({prompt}).</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/accounts.py" line="44"/>
        <source>Application password: </source>
        <translation>Anwendungspasswort: </translation>
    </message>
    <message>
        <location filename="../../workbench/cli/accounts.py" line="45"/>
        <source>Access token: </source>
        <translation>Zugriffstoken: </translation>
    </message>
    <message>
        <location filename="../../workbench/cli/accounts.py" line="46"/>
        <source>API key: </source>
        <translation>API-Schlüssel: </translation>
    </message>
    <message>
        <location filename="../../workbench/cli/accounts.py" line="80"/>
        <source>Open this address in a browser, sign in and allow Community Workbench:</source>
        <translation>Öffnen Sie diese Adresse in einem Browser, melden Sie sich an und erlauben Sie Community Workbench:</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/accounts.py" line="86"/>
        <source>Paste the code shown, or the address the browser went to: </source>
        <translation>Fügen Sie den angezeigten Code oder die Adresse ein, zu der der Browser weitergeleitet hat: </translation>
    </message>
    <message>
        <location filename="../../workbench/cli/accounts.py" line="99"/>
        <source>{kind} accounts cannot be connected yet.</source>
        <translation>{kind}-Konten können noch nicht verbunden werden.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/accounts.py" line="114"/>
        <source>Account &apos;{name}&apos; added ({kind}, {url}, as {user}).</source>
        <translation>Konto „{name}“ hinzugefügt ({kind}, {url}, als {user}).</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/accounts.py" line="118"/>
        <source>No keyring is usable here, so the secret was not saved: `workbench sync` reads it from standard input each time. Install a keyring backend to keep it.</source>
        <translation>Hier ist kein Schlüsselbund nutzbar, daher wurde das Geheimnis nicht gespeichert: `workbench sync` liest es jedes Mal von der Standardeingabe. Installieren Sie ein Schlüsselbund-Backend, um es zu behalten.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/accounts.py" line="136"/>
        <source>No accounts yet: `workbench account add wordpress|matrix …`.</source>
        <translation>Noch keine Konten: `workbench account add wordpress|matrix …`.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/accounts.py" line="153"/>
        <location filename="../../workbench/cli/accounts.py" line="191"/>
        <source>Secret for {account}: </source>
        <translation>Geheimnis für {account}: </translation>
    </message>
    <message>
        <location filename="../../workbench/cli/accounts.py" line="175"/>
        <source>Account &apos;{name}&apos; removed; what it brought stays in the store.</source>
        <translation>Konto „{name}“ entfernt; was es gebracht hat, bleibt in der Datenbank.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/accounts.py" line="205"/>
        <source>{account}: {pushed} pushed, {added} new, {updated} changed, {queued} queued</source>
        <translation>{account}: {pushed} übertragen, {added} neu, {updated} geändert, {queued} in der Warteschlange</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/cli/accounts.py" line="215"/>
        <source>, %n push(es) waiting</source>
        <translation>
            <numerusform>, %n Übertragung wartet</numerusform>
            <numerusform>, %n Übertragungen warten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/cli/accounts.py" line="218"/>
        <source>push failed: item {item}</source>
        <translation>Übertragung fehlgeschlagen: Beitrag {item}</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/accounts.py" line="220"/>
        <source>left out: {problem}</source>
        <translation>ausgelassen: {problem}</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/accounts.py" line="244"/>
        <source>Live accounts: WordPress sites, Matrix rooms.</source>
        <translation>Live-Konten: WordPress-Websites, Matrix-Räume.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/accounts.py" line="247"/>
        <source>Connect an account (its secret goes to the keyring).</source>
        <translation>Ein Konto verbinden (sein Geheimnis kommt in den Schlüsselbund).</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/accounts.py" line="249"/>
        <source>kinds</source>
        <translation>Arten</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/accounts.py" line="251"/>
        <source>A WordPress site (application password).</source>
        <translation>Eine WordPress-Website (Anwendungspasswort).</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/accounts.py" line="255"/>
        <location filename="../../workbench/cli/accounts.py" line="266"/>
        <location filename="../../workbench/cli/accounts.py" line="288"/>
        <location filename="../../workbench/cli/accounts.py" line="310"/>
        <location filename="../../workbench/cli/accounts.py" line="327"/>
        <source>what the workbench calls it</source>
        <translation>wie die Werkbank es nennt</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/accounts.py" line="257"/>
        <source>the site&apos;s address</source>
        <translation>die Adresse der Website</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/accounts.py" line="259"/>
        <source>the WordPress user name</source>
        <translation>der WordPress-Benutzername</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/accounts.py" line="262"/>
        <source>Matrix rooms (an access token).</source>
        <translation>Matrix-Räume (ein Zugriffstoken).</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/accounts.py" line="269"/>
        <source>the homeserver</source>
        <translation>der Homeserver</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/accounts.py" line="272"/>
        <source>the Matrix user</source>
        <translation>der Matrix-Benutzer</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/accounts.py" line="278"/>
        <source>a room to follow (repeatable)</source>
        <translation>ein Raum, dem gefolgt wird (mehrfach möglich)</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/accounts.py" line="284"/>
        <source>A Mastodon account (signs in in the browser).</source>
        <translation>Ein Mastodon-Konto (Anmeldung im Browser).</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/accounts.py" line="291"/>
        <source>the instance</source>
        <translation>die Instanz</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/accounts.py" line="297"/>
        <source>a hashtag to follow (repeatable)</source>
        <translation>ein Hashtag, dem gefolgt wird (mehrfach möglich)</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/accounts.py" line="303"/>
        <source>a list to follow (repeatable)</source>
        <translation>eine Liste, der gefolgt wird (mehrfach möglich)</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/accounts.py" line="306"/>
        <source>A Discourse forum (an API key).</source>
        <translation>Ein Discourse-Forum (ein API-Schlüssel).</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/accounts.py" line="312"/>
        <source>the forum&apos;s address</source>
        <translation>die Adresse des Forums</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/accounts.py" line="317"/>
        <source>the user the key acts as</source>
        <translation>der Benutzer, als der der Schlüssel handelt</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/accounts.py" line="323"/>
        <source>Subreddits you moderate (an installed app; the browser).</source>
        <translation>Subreddits, die Sie moderieren (eine installierte App; der Browser).</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/accounts.py" line="330"/>
        <source>your installed app&apos;s id</source>
        <translation>die ID Ihrer installierten App</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/accounts.py" line="337"/>
        <source>a subreddit you moderate (repeatable)</source>
        <translation>ein Subreddit, den Sie moderieren (mehrfach möglich)</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/accounts.py" line="342"/>
        <source>the app&apos;s redirect (default {uri})</source>
        <translation>die Weiterleitungsadresse der App (Standard {uri})</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/accounts.py" line="344"/>
        <source>List the connected accounts.</source>
        <translation>Die verbundenen Konten auflisten.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/accounts.py" line="346"/>
        <location filename="../../workbench/cli/accounts.py" line="364"/>
        <location filename="../../workbench/cli/accounts.py" line="374"/>
        <location filename="../../workbench/cli/incidents.py" line="158"/>
        <location filename="../../workbench/cli/interventions.py" line="251"/>
        <location filename="../../workbench/cli/interventions.py" line="310"/>
        <location filename="../../workbench/cli/queue.py" line="156"/>
        <location filename="../../workbench/cli/store.py" line="98"/>
        <source>print one JSON array</source>
        <translation>ein JSON-Array ausgeben</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/accounts.py" line="349"/>
        <source>Sign in and say who the account is.</source>
        <translation>Anmelden und sagen, wer das Konto ist.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/accounts.py" line="353"/>
        <source>Disconnect an account and forget its secret.</source>
        <translation>Ein Konto trennen und sein Geheimnis vergessen.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/accounts.py" line="360"/>
        <source>Send pending decisions to live accounts, then pull new items.</source>
        <translation>Ausstehende Entscheidungen an Live-Konten senden, dann neue Beiträge abholen.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/accounts.py" line="362"/>
        <source>only this account</source>
        <translation>nur dieses Konto</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/accounts.py" line="370"/>
        <source>Decisions sent, or waiting to be sent, to live accounts.</source>
        <translation>Entscheidungen, die an Live-Konten gesendet wurden oder auf das Senden warten.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/backups.py" line="22"/>
        <source>{path} (taken {taken}: {items} items, {members} members, {events} events)</source>
        <translation>{path} (erstellt {taken}: {items} Beiträge, {members} Mitglieder, {events} Ereignisse)</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/backups.py" line="39"/>
        <source>Backed up to {backup}</source>
        <translation>Gesichert nach {backup}</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/backups.py" line="48"/>
        <source>Restored {path} from {backup}</source>
        <translation>{path} wiederhergestellt aus {backup}</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/backups.py" line="51"/>
        <source>The store it replaced is kept as {path}; delete it when you no longer need it.</source>
        <translation>Die ersetzte Datenbank liegt nun unter {path}; löschen Sie sie, wenn Sie sie nicht mehr brauchen.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/backups.py" line="63"/>
        <source>Write a consistent copy of the database, also while a window works on it.</source>
        <translation>Eine konsistente Kopie der Datenbank schreiben, auch während ein Fenster mit ihr arbeitet.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/backups.py" line="70"/>
        <source>file or folder for the copy (default: your backups folder)</source>
        <translation>Datei oder Ordner für die Kopie (Standard: Ihr Sicherungsordner)</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/backups.py" line="76"/>
        <source>Put a backup in the database&apos;s place; the database it replaces is kept beside it.</source>
        <translation>Eine Sicherung an die Stelle der Datenbank setzen; die ersetzte Datenbank bleibt daneben erhalten.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/backups.py" line="81"/>
        <source>the backup file</source>
        <translation>die Sicherungsdatei</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/common.py" line="93"/>
        <source>waiting for {path} (an import or the window is writing)… Ctrl+C stops.</source>
        <translation>warte auf {path} (ein Import oder das Fenster schreibt gerade) … Strg+C bricht ab.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/common.py" line="149"/>
        <source>&apos;{value}&apos; is no duration; write it like 7d, 36h or 90m.</source>
        <translation>„{value}“ ist keine Dauer; schreiben Sie sie wie 7d, 36h oder 90m.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/common.py" line="165"/>
        <source>database file</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/common.py" line="174"/>
        <source>{name} commands</source>
        <translation>Befehle von {name}</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/gui.py" line="53"/>
        <source>open the window on the demo community</source>
        <translation>das Fenster mit der Demo-Community öffnen</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/identity.py" line="16"/>
        <source>No manager name is set yet; set it with &apos;workbench whoami NAME&apos;.</source>
        <translation>Es ist noch kein Name für Sie festgelegt; legen Sie ihn mit „workbench whoami NAME“ fest.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/identity.py" line="27"/>
        <source>Show or set your name, the author of your events.</source>
        <translation>Ihren Namen anzeigen oder festlegen, den Autor Ihrer Ereignisse.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/identity.py" line="30"/>
        <source>your display name, as your team sees it</source>
        <translation>Ihr Anzeigename, wie Ihr Team ihn sieht</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/imports.py" line="20"/>
        <source>--map takes FIELD=COLUMN pairs, got &apos;{part}&apos;.</source>
        <translation>--map nimmt Paare FELD=SPALTE, erhalten: „{part}“.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/imports.py" line="53"/>
        <source>{path}: {format} → source &apos;{source}&apos;</source>
        <translation>{path}: {format} → Quelle „{source}“</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/imports.py" line="55"/>
        <source>Members: {members_added} added, {members_updated} updated. Items: {items_added} added, {items_updated} updated, {items_unchanged} unchanged. Queue: {queued} new entries.</source>
        <translation>Mitglieder: {members_added} hinzugefügt, {members_updated} aktualisiert. Beiträge: {items_added} hinzugefügt, {items_updated} aktualisiert, {items_unchanged} unverändert. Warteschlange: {queued} neue Einträge.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/cli/imports.py" line="71"/>
        <source>Skipped %n bad record(s):</source>
        <translation>
            <numerusform>%n fehlerhafter Datensatz übersprungen:</numerusform>
            <numerusform>%n fehlerhafte Datensätze übersprungen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/cli/imports.py" line="75"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/cli/imports.py" line="84"/>
        <source>Import export files, folders or zip archives.</source>
        <translation>Exportdateien, Ordner oder Zip-Archive importieren.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/imports.py" line="87"/>
        <source>files, folders or zip archives</source>
        <translation>Dateien, Ordner oder Zip-Archive</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/imports.py" line="92"/>
        <source>skip detection (see &apos;workbench formats&apos;)</source>
        <translation>Erkennung überspringen (siehe „workbench formats“)</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/imports.py" line="95"/>
        <source>name of the source to import into</source>
        <translation>Name der Quelle, in die importiert wird</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/imports.py" line="100"/>
        <source>skip records that cannot be read, and list them</source>
        <translation>Datensätze, die sich nicht lesen lassen, überspringen und auflisten</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/imports.py" line="103"/>
        <source>print the summary as one JSON object</source>
        <translation>die Zusammenfassung als ein JSON-Objekt ausgeben</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/imports.py" line="108"/>
        <source>keep e-mail addresses, not only their hash</source>
        <translation>E-Mail-Adressen behalten, nicht nur ihren Hash</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/imports.py" line="111"/>
        <source>keep IP addresses in raw data</source>
        <translation>IP-Adressen in den Rohdaten behalten</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/imports.py" line="118"/>
        <source>for CSV files: which column holds which field (see &apos;workbench formats&apos;)</source>
        <translation>für CSV-Dateien: welche Spalte welches Feld enthält (siehe „workbench formats“)</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/incidents.py" line="28"/>
        <source>Opened incident {id}.</source>
        <translation>Vorfall {id} eröffnet.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/incidents.py" line="55"/>
        <source>no network yet</source>
        <translation>noch kein Netzwerk</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/incidents.py" line="56"/>
        <source>{members} members, {items} items; {networks}</source>
        <translation>{members} Mitglieder, {items} Beiträge; {networks}</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/incidents.py" line="61"/>
        <source>No incidents.</source>
        <translation>Keine Vorfälle.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/incidents.py" line="78"/>
        <source>Filed in the incident.</source>
        <translation>Im Vorfall abgelegt.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/incidents.py" line="86"/>
        <location filename="../../workbench/cli/members.py" line="143"/>
        <source>Note saved.</source>
        <translation>Notiz gespeichert.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/incidents.py" line="95"/>
        <source>The incident is {status}.</source>
        <translation>Der Vorfall ist jetzt {status}.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/incidents.py" line="128"/>
        <source>members: {members}</source>
        <translation>Mitglieder: {members}</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/incidents.py" line="131"/>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/incidents.py" line="141"/>
        <source>Case files that follow one situation.</source>
        <translation>Fallakten, die eine Situation verfolgen.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/incidents.py" line="148"/>
        <source>id, start of id, or title</source>
        <translation>ID, Anfang der ID oder Titel</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/incidents.py" line="152"/>
        <source>Open an incident.</source>
        <translation>Einen Vorfall eröffnen.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/incidents.py" line="155"/>
        <source>List incidents, open ones first.</source>
        <translation>Vorfälle auflisten, offene zuerst.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/incidents.py" line="161"/>
        <source>File members, items or interventions in an incident.</source>
        <translation>Mitglieder, Beiträge oder Maßnahmen in einem Vorfall ablegen.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/incidents.py" line="166"/>
        <source>Add a note to an incident.</source>
        <translation>Einem Vorfall eine Notiz hinzufügen.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/incidents.py" line="168"/>
        <source>Set an incident&apos;s status.</source>
        <translation>Den Status eines Vorfalls setzen.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/incidents.py" line="170"/>
        <source>An incident&apos;s members and timeline.</source>
        <translation>Die Mitglieder und der Zeitverlauf eines Vorfalls.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/incidents.py" line="172"/>
        <location filename="../../workbench/cli/interventions.py" line="239"/>
        <location filename="../../workbench/cli/members.py" line="237"/>
        <location filename="../../workbench/cli/store.py" line="84"/>
        <location filename="../../workbench/cli/team.py" line="305"/>
        <location filename="../../workbench/cli/team.py" line="323"/>
        <location filename="../../workbench/cli/team.py" line="358"/>
        <location filename="../../workbench/cli/vocabulary.py" line="108"/>
        <source>print one JSON object</source>
        <translation>ein JSON-Objekt ausgeben</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/interventions.py" line="33"/>
        <source>{kinds}, or one the team added (workbench vocabulary list kinds)</source>
        <translation>{kinds} oder eine, die das Team hinzugefügt hat (workbench vocabulary list kinds)</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/interventions.py" line="64"/>
        <source>{problem} (add --confirm-memorialized)</source>
        <translation>{problem} (fügen Sie --confirm-memorialized hinzu)</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/interventions.py" line="74"/>
        <source>when you like</source>
        <translation>wann Sie möchten</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/interventions.py" line="75"/>
        <source>Logged {kind} ({id}); look again {when}.</source>
        <translation>{kind} protokolliert ({id}); Wiedervorlage {when}.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/interventions.py" line="103"/>
        <source>(overdue)</source>
        <translation>(überfällig)</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/interventions.py" line="104"/>
        <source>by {manager}</source>
        <translation>von {manager}</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/interventions.py" line="109"/>
        <source>No follow-ups due.</source>
        <translation>Keine Wiedervorlagen fällig.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/cli/interventions.py" line="131"/>
        <source>Observation recorded. Items {items_before} → {items_after}, replies {replies_before} → {replies_after}, flagged {flagged_before} → {flagged_after} (%n days before and after).</source>
        <translation>
            <numerusform>Beobachtung festgehalten. Beiträge {items_before} → {items_after}, Antworten {replies_before} → {replies_after}, markiert {flagged_before} → {flagged_after} (%n Tag davor und danach).</numerusform>
            <numerusform>Beobachtung festgehalten. Beiträge {items_before} → {items_after}, Antworten {replies_before} → {replies_after}, markiert {flagged_before} → {flagged_after} (%n Tage davor und danach).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/cli/interventions.py" line="168"/>
        <source>Nothing to correct: give --kind, --channel, --text, --why, --tag or a date.</source>
        <translation>Nichts zu korrigieren: Geben Sie --kind, --channel, --text, --why, --tag oder ein Datum an.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/interventions.py" line="175"/>
        <source>Corrected {fields}; the log keeps the first record too.</source>
        <translation>{fields} korrigiert; das Protokoll behält auch den ersten Eintrag.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/cli/interventions.py" line="192"/>
        <source>strikes expire after %n day(s).</source>
        <translation>
            <numerusform>Verstöße verfallen nach %n Tag.</numerusform>
            <numerusform>Verstöße verfallen nach %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/cli/interventions.py" line="209"/>
        <source>activity {activity}  flagged {flagged}  repeats {repeats}</source>
        <translation>Aktivität {activity}  markiert {flagged}  Wiederholungen {repeats}</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/interventions.py" line="222"/>
        <source>Log an intervention on members.</source>
        <translation>Eine Maßnahme zu Mitgliedern protokollieren.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/interventions.py" line="227"/>
        <source>default: what fits the kind</source>
        <translation>Standard: was zur Art passt</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/interventions.py" line="229"/>
        <location filename="../../workbench/cli/interventions.py" line="277"/>
        <source>the message sent</source>
        <translation>die gesendete Nachricht</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/interventions.py" line="230"/>
        <location filename="../../workbench/cli/interventions.py" line="278"/>
        <source>the reason, for the log</source>
        <translation>der Grund, für das Protokoll</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/interventions.py" line="232"/>
        <source>when to look again (default by kind)</source>
        <translation>wann erneut hinsehen (Standard je nach Art)</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/interventions.py" line="235"/>
        <source>a label; repeat for more</source>
        <translation>eine Markierung; für mehrere wiederholen</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/interventions.py" line="245"/>
        <source>Follow-ups due now and in the next two weeks.</source>
        <translation>Wiedervorlagen, die jetzt und in den nächsten zwei Wochen fällig sind.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/interventions.py" line="248"/>
        <source>only those due now or overdue</source>
        <translation>nur die jetzt fälligen oder überfälligen</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/interventions.py" line="257"/>
        <source>Record what happened after an intervention.</source>
        <translation>Festhalten, was nach einer Maßnahme geschah.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/interventions.py" line="263"/>
        <source>look again after this long</source>
        <translation>nach dieser Zeit erneut hinsehen</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/interventions.py" line="266"/>
        <location filename="../../workbench/cli/interventions.py" line="307"/>
        <source>measured window before and after</source>
        <translation>Messzeitraum davor und danach</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/interventions.py" line="272"/>
        <source>Correct a logged intervention (the log keeps both).</source>
        <translation>Eine protokollierte Maßnahme korrigieren (das Protokoll behält beide).</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/interventions.py" line="280"/>
        <source>the labels, all of them</source>
        <translation>die Markierungen, alle</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/interventions.py" line="284"/>
        <source>look again this long from now</source>
        <translation>so lange ab jetzt erneut hinsehen</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/interventions.py" line="286"/>
        <source>no follow-up</source>
        <translation>keine Wiedervorlage</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/interventions.py" line="291"/>
        <source>Show or set the team&apos;s enforcement ladder.</source>
        <translation>Den Stufenplan des Teams anzeigen oder festlegen.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/interventions.py" line="294"/>
        <source>kinds, the first for no strike</source>
        <translation>Arten, die erste für keinen Verstoß</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/interventions.py" line="297"/>
        <source>how long a strike counts</source>
        <translation>wie lange ein Verstoß zählt</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/interventions.py" line="300"/>
        <source>Reports over the intervention log.</source>
        <translation>Auswertungen des Maßnahmenprotokolls.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/interventions.py" line="304"/>
        <source>only this manager&apos;s interventions</source>
        <translation>nur die Maßnahmen dieser Person</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/interventions.py" line="311"/>
        <source>print CSV</source>
        <translation>CSV ausgeben</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/members.py" line="31"/>
        <source>{types}, or one the team added</source>
        <translation>{types} oder einer, den das Team hinzugefügt hat</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/members.py" line="84"/>
        <source>This member has died; their profile is kept in memory.</source>
        <translation>Dieses Mitglied ist verstorben; sein Profil wird in Erinnerung bewahrt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/cli/members.py" line="86"/>
        <source>%n item(s), first seen {first}, last seen {last}</source>
        <translation>
            <numerusform>%n Beitrag, zuerst gesehen {first}, zuletzt gesehen {last}</numerusform>
            <numerusform>%n Beiträge, zuerst gesehen {first}, zuletzt gesehen {last}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/cli/members.py" line="89"/>
        <source>tags: {tags}</source>
        <translation>Schlagwörter: {tags}</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/members.py" line="91"/>
        <source>{dimension}: {latest} (history {history})</source>
        <translation>{dimension}: {latest} (Verlauf {history})</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/members.py" line="95"/>
        <source>talks with {handle}: {to_them} replies to, {from_them} from</source>
        <translation>spricht mit {handle}: {to_them} Antworten an, {from_them} von</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/cli/members.py" line="104"/>
        <source>%n active strike(s); the ladder&apos;s next step: {kind}</source>
        <translation>
            <numerusform>%n aktiver Verstoß; nächste Stufe laut Stufenplan: {kind}</numerusform>
            <numerusform>%n aktive Verstöße; nächste Stufe laut Stufenplan: {kind}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/cli/members.py" line="108"/>
        <source>after a {kind}, {share} of {cases} (members with as many strikes) had no flagged item within {days} days</source>
        <translation>nach einer Maßnahme „{kind}“ hatten {share} von {cases} (Mitglieder mit ebenso vielen Verstößen) innerhalb von {days} Tagen keinen markierten Beitrag</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/members.py" line="114"/>
        <source>after a {kind}, {share} of {cases} (all members) had no flagged item within {days} days</source>
        <translation>nach einer Maßnahme „{kind}“ hatten {share} von {cases} (alle Mitglieder) innerhalb von {days} Tagen keinen markierten Beitrag</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/members.py" line="160"/>
        <source>Others name them in {items} post(s) and {texts} of your team&apos;s texts; add --redact-mentions to replace the name there too.</source>
        <translation>Andere nennen das Mitglied in {items} Beitrag/Beiträgen und {texts} Texten Ihres Teams; fügen Sie --redact-mentions hinzu, um den Namen auch dort zu ersetzen.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/members.py" line="168"/>
        <source>Erasing {handle} removes their personal data for good.{others} To confirm, run it again with --confirm {handle}.</source>
        <translation>Das Löschen von {handle} entfernt die persönlichen Daten endgültig.{others} Zum Bestätigen führen Sie den Befehl erneut mit --confirm {handle} aus.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/members.py" line="177"/>
        <source>Erased {handle}; an anonymous placeholder keeps the log consistent.</source>
        <translation>{handle} gelöscht; ein anonymer Platzhalter hält das Protokoll stimmig.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/members.py" line="181"/>
        <source>Their name was replaced in {items} post(s) by others and {texts} of your team&apos;s texts.</source>
        <translation>Der Name wurde in {items} Beitrag/Beiträgen anderer und {texts} Texten Ihres Teams ersetzt.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/members.py" line="187"/>
        <source>Left as they are: the mentions in {items} post(s) by others and {texts} of your team&apos;s texts.</source>
        <translation>Unverändert gelassen: die Erwähnungen in {items} Beitrag/Beiträgen anderer und {texts} Texten Ihres Teams.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/members.py" line="196"/>
        <source>The team store&apos;s server vacuumed the rows, but old copies stay in its files until its administrator runs VACUUM FULL on items, members, notes, events, interventions and mutes (it locks them while it runs), and in its write-ahead log, backups and replicas until they expire.</source>
        <translation>Der Server des Team-Speichers hat die Zeilen bereinigt (VACUUM), aber alte Kopien bleiben in seinen Dateien, bis seine Administration VACUUM FULL auf items, members, notes, events, interventions und mutes ausführt (das sperrt sie, solange es läuft), und in seinem Write-Ahead-Log, seinen Sicherungen und Replikaten, bis sie ablaufen.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/members.py" line="206"/>
        <source>Another window or program is reading this store, so old copies stay in its write-ahead log until it is closed: close it, then run &apos;workbench info&apos; once.</source>
        <translation>Ein anderes Fenster oder Programm liest diese Datenbank, daher bleiben alte Kopien in ihrem Write-Ahead-Log, bis es geschlossen wird: Schließen Sie es und führen Sie dann einmal „workbench info“ aus.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/cli/members.py" line="221"/>
        <source>Imported %n rating(s).</source>
        <translation>
            <numerusform>%n Bewertung importiert.</numerusform>
            <numerusform>%n Bewertungen importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/cli/members.py" line="227"/>
        <source>Show a member, or note something about them.</source>
        <translation>Ein Mitglied anzeigen oder eine Notiz zu ihm festhalten.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/members.py" line="236"/>
        <source>A member&apos;s profile and timeline.</source>
        <translation>Profil und Zeitverlauf eines Mitglieds.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/members.py" line="239"/>
        <source>timeline entries</source>
        <translation>Einträge im Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/members.py" line="241"/>
        <source>Add a typed note to a member.</source>
        <translation>Einem Mitglied eine Notiz mit Typ hinzufügen.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/members.py" line="247"/>
        <source>after this long the note leaves the views and shared logs</source>
        <translation>nach dieser Zeit verschwindet die Notiz aus den Ansichten und geteilten Protokollen</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/members.py" line="249"/>
        <source>Erase a member&apos;s personal data.</source>
        <translation>Die persönlichen Daten eines Mitglieds löschen.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/members.py" line="251"/>
        <source>the member&apos;s handle, to confirm</source>
        <translation>das Handle des Mitglieds, zur Bestätigung</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/members.py" line="256"/>
        <source>also replace their names in other members&apos; posts and the team&apos;s texts</source>
        <translation>die Namen auch in Beiträgen anderer Mitglieder und in den Texten des Teams ersetzen</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/members.py" line="264"/>
        <source>Import ratings from a CSV file (member, dimension, value, rater, time).</source>
        <translation>Bewertungen aus einer CSV-Datei importieren (Mitglied, Kriterium, Wert, Bewertende/r, Zeit).</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/queue.py" line="24"/>
        <source>--part takes K/N (say 2/5: your part of five), not {value}.</source>
        <translation>--part nimmt K/N (etwa 2/5: Ihr Teil von fünf), nicht {value}.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/queue.py" line="80"/>
        <source>Nothing in this view of the queue.</source>
        <translation>Nichts in dieser Ansicht der Warteschlange.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/cli/queue.py" line="93"/>
        <source>Recorded %n decision(s): {decision}.</source>
        <translation>
            <numerusform>%n Entscheidung festgehalten: {decision}.</numerusform>
            <numerusform>%n Entscheidungen festgehalten: {decision}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/cli/queue.py" line="97"/>
        <source>Left out items by memorialized members: {items}.</source>
        <translation>Beiträge verstorbener Mitglieder ausgelassen: {items}.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/queue.py" line="100"/>
        <source>Not recorded: {conflicts}</source>
        <translation>Nicht aufgezeichnet: {conflicts}</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/queue.py" line="112"/>
        <source>You have no decision to undo.</source>
        <translation>Sie haben keine Entscheidung, die sich rückgängig machen ließe.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/cli/queue.py" line="116"/>
        <source>Undid your latest decision: brought back %n {state} item(s) ({items}).</source>
        <translation>
            <numerusform>Ihre letzte Entscheidung ist rückgängig gemacht: %n Beitrag ({state}) zurückgeholt ({items}).</numerusform>
            <numerusform>Ihre letzte Entscheidung ist rückgängig gemacht: %n Beiträge ({state}) zurückgeholt ({items}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/cli/queue.py" line="129"/>
        <source>List the moderation queue, most urgent first.</source>
        <translation>Die Moderationswarteschlange auflisten, Dringendstes zuerst.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/queue.py" line="132"/>
        <source>new, in_review, escalated, approved, …</source>
        <translation>new, in_review, escalated, approved, …</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/queue.py" line="137"/>
        <source>held, reported, rule, duplicate, first_post or burst</source>
        <translation>held, reported, rule, duplicate, first_post oder burst</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/queue.py" line="142"/>
        <source>words (found inside longer words too), &quot;phrases&quot;, prefix*, AND/OR/NOT</source>
        <translation>Wörter (auch innerhalb längerer Wörter gefunden), &quot;Wortfolgen&quot;, Anfang*, AND/OR/NOT</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/queue.py" line="149"/>
        <source>the K-th of N parts of the queue, split by author (a shift&apos;s split)</source>
        <translation>der K-te von N Teilen der Warteschlange, nach Autor geteilt (die Teilung einer Schicht)</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/queue.py" line="154"/>
        <source>at most N items</source>
        <translation>höchstens N Beiträge</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/queue.py" line="158"/>
        <source>Record a decision on queue items.</source>
        <translation>Eine Entscheidung zu Beiträgen der Warteschlange festhalten.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/queue.py" line="162"/>
        <source>why, for the log</source>
        <translation>warum, für das Protokoll</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/queue.py" line="167"/>
        <source>Undo your latest decision (the log keeps both).</source>
        <translation>Ihre letzte Entscheidung rückgängig machen (das Protokoll behält beide).</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/store.py" line="27"/>
        <source>Database:  {path}</source>
        <translation>Datenbank: {path}</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/store.py" line="28"/>
        <source>Schema:    {revision} (this version&apos;s newest: {head})</source>
        <translation>Schema:    {revision} (neuestes dieser Version: {head})</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/store.py" line="42"/>
        <source>Wrote the demo community to {path}: {members} members, {items} items, {queued} in the queue.</source>
        <translation>Demo-Community nach {path} geschrieben: {members} Mitglieder, {items} Beiträge, {queued} in der Warteschlange.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/store.py" line="72"/>
        <source>detected by: {how}</source>
        <translation>erkannt an: {how}</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/store.py" line="82"/>
        <source>Show the database path, schema revision and row counts.</source>
        <translation>Pfad, Schemastand und Zeilenzahlen der Datenbank anzeigen.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/store.py" line="89"/>
        <source>Write the demo community into a new database, without a window.</source>
        <translation>Die Demo-Community in eine neue Datenbank schreiben, ohne Fenster.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/store.py" line="95"/>
        <source>List the export formats and how each is detected.</source>
        <translation>Die Exportformate auflisten und wie jedes erkannt wird.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team.py" line="46"/>
        <source>&apos;{value}&apos; is no date; write it like 2026-11-30.</source>
        <translation>„{value}“ ist kein Datum; schreiben Sie es wie 2026-11-30.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team.py" line="59"/>
        <source>Your key, {name}:</source>
        <translation>Ihr Schlüssel, {name}:</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team.py" line="63"/>
        <source>Teammates trust it with: workbench team trust {fingerprint} --name &quot;{name}&quot;</source>
        <translation>Teammitglieder vertrauen ihm mit: workbench team trust {fingerprint} --name &quot;{name}&quot;</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team.py" line="75"/>
        <source>A new team secret, kept in your keyring. Give it to your teammates the way you pass on passwords; they keep it with &apos;workbench team secret --set&apos;:</source>
        <translation>Ein neues Team-Geheimnis, in Ihrem Schlüsselbund abgelegt. Geben Sie es Ihren Teammitgliedern so weiter, wie Sie Passwörter weitergeben; sie legen es mit &apos;workbench team secret --set&apos; ab:</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team.py" line="84"/>
        <source>The team secret is kept in your keyring.</source>
        <translation>Das Team-Geheimnis liegt in Ihrem Schlüsselbund.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team.py" line="87"/>
        <source>This laptop holds the team secret.</source>
        <translation>Auf diesem Rechner liegt das Team-Geheimnis.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team.py" line="89"/>
        <source>No team secret here yet (--new to make one, --set to keep one).</source>
        <translation>Hier liegt noch kein Team-Geheimnis (--new erzeugt eines, --set legt eines ab).</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team.py" line="100"/>
        <source>Trusted {name}&apos;s key {fingerprint} ({words}).</source>
        <translation>Dem Schlüssel {fingerprint} von {name} wird vertraut ({words}).</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team.py" line="114"/>
        <source>No longer trusted: {fingerprint}.</source>
        <translation>Nicht mehr vertraut: {fingerprint}.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team.py" line="131"/>
        <source>No teammate&apos;s key is trusted yet (workbench team trust).</source>
        <translation>Noch keinem Schlüssel eines Teammitglieds wird vertraut (workbench team trust).</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team.py" line="143"/>
        <source>The CSV holds the log as it is; share a bundle to pseudonymize.</source>
        <translation>Die CSV-Datei enthält das Protokoll, wie es ist; für Pseudonyme teilen Sie ein Protokollpaket.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team.py" line="158"/>
        <source>Wrote {path}: {rows} rows.</source>
        <translation>{path} geschrieben: {rows} Zeilen.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team.py" line="169"/>
        <source>A log bundle&apos;s name ends in {suffix}: {path}</source>
        <translation>Der Name eines Protokollpakets endet auf {suffix}: {path}</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team.py" line="182"/>
        <source>Wrote {path}: {events} events, {members} members, {items} items, signed by {fingerprint}.</source>
        <translation>{path} geschrieben: {events} Ereignisse, {members} Mitglieder, {items} Beiträge, signiert von {fingerprint}.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team.py" line="200"/>
        <source>{path}: signed by {name} with the key you trust as {trusted}&apos;s, {fingerprint}</source>
        <translation>{path}: signiert von {name} mit dem Schlüssel, dem Sie als dem von {trusted} vertrauen, {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team.py" line="210"/>
        <source>  events: {new} new, {known} already here</source>
        <translation>  Ereignisse: {new} neu, {known} schon vorhanden</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team.py" line="217"/>
        <source>    by {name}: {count}</source>
        <translation>    von {name}: {count}</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team.py" line="219"/>
        <source>  members: {added} new, {matched} matched</source>
        <translation>  Mitglieder: {added} neu, {matched} zugeordnet</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team.py" line="224"/>
        <source>  items: {added} new, {matched} matched</source>
        <translation>  Beiträge: {added} neu, {matched} zugeordnet</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team.py" line="229"/>
        <source>  teammates erased members you have here:</source>
        <translation>  Teammitglieder haben Mitglieder gelöscht, die Sie hier haben:</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team.py" line="234"/>
        <source>  conflicts: {count} intervention(s) corrected both there and here</source>
        <translation>  Konflikte: {count} Maßnahme(n), dort und hier zugleich korrigiert</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team.py" line="240"/>
        <source>  {count} member(s) it names were erased here and stay so</source>
        <translation>  {count} der genannten Mitglieder wurden hier gelöscht und bleiben es</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team.py" line="245"/>
        <source>  in the watch lists you follow:</source>
        <translation>  in den Beobachtungslisten, denen Sie folgen:</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team.py" line="248"/>
        <source>Nothing new: this store holds all of it already.</source>
        <translation>Nichts Neues: Diese Datenbank enthält schon alles.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team.py" line="250"/>
        <location filename="../../workbench/cli/watchlists.py" line="228"/>
        <source>Dry run: nothing was written.</source>
        <translation>Probelauf: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team.py" line="260"/>
        <source>Erase these members&apos; personal data here too? [y/N] </source>
        <translation>Die persönlichen Daten dieser Mitglieder auch hier löschen? [j/N] </translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team.py" line="286"/>
        <source>Merged.</source>
        <translation>Zusammengeführt.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team.py" line="289"/>
        <source>Erased here too.</source>
        <translation>Auch hier gelöscht.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team.py" line="291"/>
        <source>Not erased here (merge it again with --erase to erase them too).</source>
        <translation>Hier nicht gelöscht (führen Sie es erneut mit --erase zusammen, um sie auch zu löschen).</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team.py" line="300"/>
        <source>Your signing key and the teammates&apos; keys you trust.</source>
        <translation>Ihr Signaturschlüssel und die Schlüssel der Teammitglieder, denen Sie vertrauen.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team.py" line="303"/>
        <source>Show your key&apos;s fingerprint (made the first time).</source>
        <translation>Den Fingerabdruck Ihres Schlüssels anzeigen (beim ersten Mal erzeugt).</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team.py" line="308"/>
        <source>The team&apos;s secret for pseudonymized bundles.</source>
        <translation>Das Geheimnis des Teams für pseudonymisierte Protokollpakete.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team.py" line="311"/>
        <source>make one</source>
        <translation>eines erzeugen</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team.py" line="313"/>
        <source>keep one read from stdin</source>
        <translation>eines von der Standardeingabe ablegen</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team.py" line="316"/>
        <source>Trust a teammate&apos;s key.</source>
        <translation>Dem Schlüssel eines Teammitglieds vertrauen.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team.py" line="318"/>
        <source>whose key it is</source>
        <translation>wessen Schlüssel es ist</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team.py" line="319"/>
        <source>Stop trusting a key.</source>
        <translation>Einem Schlüssel nicht mehr vertrauen.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team.py" line="321"/>
        <source>List the keys you trust.</source>
        <translation>Die Schlüssel auflisten, denen Sie vertrauen.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team.py" line="327"/>
        <source>Share what you did with your team, as signed bundles.</source>
        <translation>Mit dem Team teilen, was Sie getan haben, als signierte Pakete.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team.py" line="330"/>
        <source>Write a signed log bundle.</source>
        <translation>Ein signiertes Protokollpaket schreiben.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team.py" line="333"/>
        <source>events from this day on</source>
        <translation>Ereignisse ab diesem Tag</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team.py" line="335"/>
        <source>events up to this day</source>
        <translation>Ereignisse bis zu diesem Tag</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team.py" line="336"/>
        <source>one manager&apos;s events</source>
        <translation>die Ereignisse einer Person aus dem Team</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team.py" line="338"/>
        <source>events about one source</source>
        <translation>Ereignisse zu einer Quelle</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team.py" line="343"/>
        <source>names and texts as keyed hashes</source>
        <translation>Namen und Texte als verschlüsselte Hashes</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team.py" line="348"/>
        <source>interventions and observations as CSV instead (OUT.csv, or -)</source>
        <translation>stattdessen Maßnahmen und Beobachtungen als CSV (AUSGABE.csv oder -)</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team.py" line="352"/>
        <source>Merge a teammate&apos;s bundle.</source>
        <translation>Das Paket eines Teammitglieds zusammenführen.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team.py" line="355"/>
        <source>only show what it would change</source>
        <translation>nur zeigen, was es ändern würde</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team.py" line="363"/>
        <source>erase here too the members your teammates erased</source>
        <translation>die Mitglieder, die Ihr Team gelöscht hat, auch hier löschen</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/vocabulary.py" line="56"/>
        <source>team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/vocabulary.py" line="57"/>
        <source>strike</source>
        <translation>Verstoß</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/vocabulary.py" line="58"/>
        <source>addresses the living</source>
        <translation>spricht Lebende an</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/cli/vocabulary.py" line="60"/>
        <source>follow-up %n d</source>
        <translation>
            <numerusform>Wiedervorlage nach %n Tag</numerusform>
            <numerusform>Wiedervorlage nach %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/cli/vocabulary.py" line="77"/>
        <source>Added &apos;{name}&apos; to the team&apos;s {list}.</source>
        <translation>„{name}“ zu den Begriffen des Teams ({list}) hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/vocabulary.py" line="87"/>
        <source>Retired &apos;{name}&apos;; what was recorded with it keeps it.</source>
        <translation>„{name}“ zurückgezogen; was damit festgehalten wurde, behält ihn.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/vocabulary.py" line="98"/>
        <source>The team&apos;s own kinds of intervention, note types and dimensions.</source>
        <translation>Die eigenen Maßnahmenarten, Notiztypen und Kriterien des Teams.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/vocabulary.py" line="104"/>
        <source>List the terms to choose from, built in and the team&apos;s.</source>
        <translation>Die wählbaren Begriffe auflisten, eingebaute und die des Teams.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/vocabulary.py" line="110"/>
        <source>Add a term of the team&apos;s own.</source>
        <translation>Einen eigenen Begriff des Teams hinzufügen.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/vocabulary.py" line="114"/>
        <source>kinds: when to look again by default</source>
        <translation>Arten: wann standardmäßig erneut hinsehen</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/vocabulary.py" line="119"/>
        <source>kinds: speaks to the member as if alive (asks first for memorialized members)</source>
        <translation>Arten: spricht das Mitglied als lebend an (fragt bei verstorbenen Mitgliedern erst nach)</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/vocabulary.py" line="124"/>
        <source>kinds: counts as a strike</source>
        <translation>Arten: zählt als Verstoß</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/vocabulary.py" line="127"/>
        <source>Take a team term off the choices.</source>
        <translation>Einen Begriff des Teams aus der Auswahl nehmen.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/watchlist_changes.py" line="37"/>
        <source>+ {target}: {after}</source>
        <translation>+ {target}: {after}</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/watchlist_changes.py" line="39"/>
        <source>- {target}: {before} retracted</source>
        <translation>- {target}: {before} zurückgezogen</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/watchlist_changes.py" line="41"/>
        <source>~ {target}: {before} → {after}</source>
        <translation>~ {target}: {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/watchlist_changes.py" line="49"/>
        <source>(you override it: {override})</source>
        <translation>(Sie übersteuern es: {override})</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/watchlists.py" line="68"/>
        <source>yours</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/watchlists.py" line="70"/>
        <source>{owner}&apos;s, followed</source>
        <translation>von {owner}, gefolgt</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/watchlists.py" line="71"/>
        <source>{owner}&apos;s, not followed</source>
        <translation>von {owner}, nicht gefolgt</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/watchlists.py" line="82"/>
        <source>No watch lists yet (workbench watchlist create NAME).</source>
        <translation>Noch keine Beobachtungslisten (workbench watchlist create NAME).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/cli/watchlists.py" line="84"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/cli/watchlists.py" line="91"/>
        <source>{override} here (list: {recommendation})</source>
        <translation>hier {override} (Liste: {recommendation})</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/watchlists.py" line="98"/>
        <source>until {time}</source>
        <translation>bis {time}</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/watchlists.py" line="127"/>
        <source>Made the watch list &apos;{name}&apos; ({uid}).</source>
        <translation>Beobachtungsliste „{name}“ angelegt ({uid}).</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/watchlists.py" line="144"/>
        <source>{target}: {recommendation} on &apos;{list}&apos;.</source>
        <translation>{target}: {recommendation} auf „{list}“.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/watchlists.py" line="155"/>
        <source>{target} is off &apos;{list}&apos; here, and wherever your next bundle is merged.</source>
        <translation>{target} steht nicht mehr auf „{list}“: hier, und überall, wo Ihr nächstes Bündel zusammengeführt wird.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/cli/watchlists.py" line="169"/>
        <source>You follow &apos;{list}&apos;: %n entries are in force here now.</source>
        <translation>
            <numerusform>Sie folgen „{list}“: %n Eintrag gilt jetzt hier.</numerusform>
            <numerusform>Sie folgen „{list}“: %n Einträge gelten jetzt hier.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/cli/watchlists.py" line="180"/>
        <source>You no longer follow &apos;{list}&apos;.</source>
        <translation>Sie folgen „{list}“ nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/watchlists.py" line="189"/>
        <source>{target} on &apos;{list}&apos;: as the list says, here too.</source>
        <translation>{target} auf „{list}“: auch hier, wie die Liste sagt.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/watchlists.py" line="193"/>
        <source>{target} on &apos;{list}&apos;: {override} here.</source>
        <translation>{target} auf „{list}“: hier {override}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/cli/watchlists.py" line="206"/>
        <source>Wrote %n domains to {path}.</source>
        <translation>
            <numerusform>%n Domain nach {path} geschrieben.</numerusform>
            <numerusform>%n Domains nach {path} geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/cli/watchlists.py" line="212"/>
        <source>%n trusted domains left out: Mastodon&apos;s blocks have no such severity.</source>
        <translation>
            <numerusform>%n vertrauenswürdige Domain ausgelassen: Mastodons Sperren kennen diese Stufe nicht.</numerusform>
            <numerusform>%n vertrauenswürdige Domains ausgelassen: Mastodons Sperren kennen diese Stufe nicht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/cli/watchlists.py" line="221"/>
        <source>&apos;{list}&apos;: %n changes</source>
        <translation>
            <numerusform>„{list}“: %n Änderung</numerusform>
            <numerusform>„{list}“: %n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/cli/watchlists.py" line="224"/>
        <source>, %n unchanged</source>
        <translation>
            <numerusform>, %n unverändert</numerusform>
            <numerusform>, %n unverändert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/cli/watchlists.py" line="232"/>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/watchlists.py" line="268"/>
        <source>{room}: {set} rules sent, {retracted} retracted, {unchanged} unchanged.</source>
        <translation>{room}: {set} Regeln gesendet, {retracted} zurückgezogen, {unchanged} unverändert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/cli/watchlists.py" line="278"/>
        <source>%n bans of members on other networks left out.</source>
        <translation>
            <numerusform>%n Sperre von Mitgliedern anderer Netzwerke ausgelassen.</numerusform>
            <numerusform>%n Sperren von Mitgliedern anderer Netzwerke ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/cli/watchlists.py" line="299"/>
        <source>Left as they are (globs, other recommendations): {rules}</source>
        <translation>Unverändert gelassen (Platzhaltermuster, andere Empfehlungen): {rules}</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/watchlists.py" line="308"/>
        <source>the list&apos;s name or uid</source>
        <translation>Name oder UID der Liste</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/watchlists.py" line="315"/>
        <source>a member as network:id (matrix:@eve:example.org), or a domain</source>
        <translation>ein Mitglied als netzwerk:id (matrix:@eve:example.org) oder eine Domain</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/watchlists.py" line="320"/>
        <source>print JSON</source>
        <translation>JSON ausgeben</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/watchlists.py" line="327"/>
        <source>The team&apos;s watch lists: members and domains to watch, mute, ban, trust.</source>
        <translation>Die Beobachtungslisten des Teams: Mitglieder und Domains zum Beobachten, Stummschalten, Sperren, Vertrauen.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/watchlists.py" line="329"/>
        <source>Make a watch list.</source>
        <translation>Eine Beobachtungsliste anlegen.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/watchlists.py" line="331"/>
        <source>Add or change an entry.</source>
        <translation>Einen Eintrag hinzufügen oder ändern.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/watchlists.py" line="336"/>
        <source>what the list recommends (default: watch)</source>
        <translation>was die Liste empfiehlt (Standard: watch)</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/watchlists.py" line="338"/>
        <source>why, for the team</source>
        <translation>warum, für das Team</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/watchlists.py" line="340"/>
        <source>a duration (30d) or a day</source>
        <translation>eine Dauer (30d) oder ein Tag</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/watchlists.py" line="343"/>
        <source>Take an entry off a list.</source>
        <translation>Einen Eintrag von einer Liste nehmen.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/watchlists.py" line="347"/>
        <source>The watch lists here.</source>
        <translation>Die Beobachtungslisten hier.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/watchlists.py" line="349"/>
        <source>A list&apos;s entries in force.</source>
        <translation>Die geltenden Einträge einer Liste.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/watchlists.py" line="353"/>
        <source>Follow a teammate&apos;s list.</source>
        <translation>Der Liste eines Teammitglieds folgen.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/watchlists.py" line="357"/>
        <source>Stop following a list.</source>
        <translation>Einer Liste nicht mehr folgen.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/watchlists.py" line="361"/>
        <source>Decide otherwise here for one entry.</source>
        <translation>Für einen Eintrag hier anders entscheiden.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/watchlists.py" line="368"/>
        <source>what holds here instead (ignore: nothing)</source>
        <translation>was hier stattdessen gilt (ignore: nichts)</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/watchlists.py" line="371"/>
        <source>as the list says again</source>
        <translation>wieder so, wie die Liste sagt</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/watchlists.py" line="373"/>
        <source>why, for yourself</source>
        <translation>warum, für Sie selbst</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/watchlists.py" line="376"/>
        <source>Write a list&apos;s domains as Mastodon&apos;s domain-block CSV.</source>
        <translation>Die Domains einer Liste als Mastodons Domain-Sperrliste (CSV) schreiben.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/watchlists.py" line="382"/>
        <source>Make a list&apos;s domains those of a Mastodon domain-block CSV.</source>
        <translation>Die Domains einer Liste denen einer Mastodon-Domain-Sperrliste (CSV) angleichen.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/watchlists.py" line="388"/>
        <location filename="../../workbench/cli/watchlists.py" line="407"/>
        <source>only show what it changes</source>
        <translation>nur zeigen, was sich ändert</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/watchlists.py" line="392"/>
        <source>Publish a list&apos;s bans as Matrix policy rules in a room.</source>
        <translation>Die Sperren einer Liste als Matrix-Richtlinienregeln in einem Raum veröffentlichen.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/watchlists.py" line="396"/>
        <source>Make a list&apos;s Matrix bans those of a policy room.</source>
        <translation>Die Matrix-Sperren einer Liste denen eines Richtlinienraums angleichen.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/watchlists.py" line="401"/>
        <source>the Matrix account to use</source>
        <translation>das zu verwendende Matrix-Konto</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/watchlists.py" line="404"/>
        <source>the policy room (!id or #alias)</source>
        <translation>der Richtlinienraum (!id oder #alias)</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../../workbench/ui/dialogs/command_palette.py" line="14"/>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/command_palette.py" line="18"/>
        <source>Action name</source>
        <translation>Name der Aktion</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/command_palette.py" line="19"/>
        <source>Type an action…</source>
        <translation>Aktion eingeben …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/command_palette.py" line="22"/>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
</context>
<context>
    <name>CsvMappingDialog</name>
    <message>
        <location filename="../../workbench/ui/dialogs/csv_mapping_dialog.py" line="28"/>
        <source>Map the columns of {name}</source>
        <translation>Spalten von {name} zuordnen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/csv_mapping_dialog.py" line="34"/>
        <source>Item id</source>
        <translation>Beitrags-ID</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/csv_mapping_dialog.py" line="35"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/csv_mapping_dialog.py" line="36"/>
        <source>Author id</source>
        <translation>Autor-ID</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/csv_mapping_dialog.py" line="37"/>
        <source>Author name</source>
        <translation>Autorname</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/csv_mapping_dialog.py" line="38"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/csv_mapping_dialog.py" line="39"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/csv_mapping_dialog.py" line="40"/>
        <source>Parent id</source>
        <translation>Eltern-ID</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/csv_mapping_dialog.py" line="41"/>
        <source>Thread id</source>
        <translation>Thread-ID</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/csv_mapping_dialog.py" line="42"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/csv_mapping_dialog.py" line="43"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/csv_mapping_dialog.py" line="44"/>
        <source>Reports</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/csv_mapping_dialog.py" line="45"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/csv_mapping_dialog.py" line="46"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/csv_mapping_dialog.py" line="51"/>
        <source>Choose the column for each field. Item id, text, author id and time are needed; the rest is optional.</source>
        <translation>Wählen Sie für jedes Feld die Spalte. Beitrags-ID, Text, Autor-ID und Zeit sind nötig; der Rest ist optional.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/csv_mapping_dialog.py" line="59"/>
        <source>First rows of the file</source>
        <translation>Erste Zeilen der Datei</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/csv_mapping_dialog.py" line="73"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>DailyActivityChart</name>
    <message>
        <location filename="../../workbench/ui/widgets/activity_chart.py" line="28"/>
        <source>Items per day before and after the intervention</source>
        <translation>Beiträge pro Tag vor und nach der Maßnahme</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/activity_chart.py" line="56"/>
        <source>Before</source>
        <translation>Davor</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/activity_chart.py" line="57"/>
        <source>After</source>
        <translation>Danach</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/activity_chart.py" line="70"/>
        <source>Items per day, {days} days before and after</source>
        <translation>Beiträge pro Tag, {days} Tage davor und danach</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/activity_chart.py" line="74"/>
        <source>{before} items in the {days} days before, {after} in the {days} days after.</source>
        <translation>{before} Beiträge in den {days} Tagen davor, {after} in den {days} Tagen danach.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/activity_chart.py" line="93"/>
        <source>Intervention, {when}</source>
        <translation>Maßnahme, {when}</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../workbench/services/demo.py" line="530"/>
        <source>{path} already holds data; the demo only goes into a new database.</source>
        <translation>{path} enthält bereits Daten; die Demo kommt nur in eine neue Datenbank.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/demo.py" line="587"/>
        <source>{path} already exists; the demo only goes into a new database.</source>
        <translation>{path} gibt es bereits; die Demo kommt nur in eine neue Datenbank.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/demo.py" line="594"/>
        <source>{path} holds your own data, not the demo; it is left as it is.</source>
        <translation>{path} enthält Ihre eigenen Daten, nicht die Demo; sie bleibt, wie sie ist.</translation>
    </message>
</context>
<context>
    <name>Enforcement</name>
    <message>
        <location filename="../../workbench/core/interventions/enforcement.py" line="87"/>
        <source>The ladder needs at least one step.</source>
        <translation>Der Stufenplan braucht mindestens eine Stufe.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/interventions/enforcement.py" line="90"/>
        <source>Strikes must expire after 1 to 3650 days.</source>
        <translation>Verstöße müssen nach 1 bis 3650 Tagen verfallen.</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <location filename="../../workbench/ui/pages/followups_page.py" line="39"/>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/followups_page.py" line="42"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/followups_page.py" line="43"/>
        <source>Intervention</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/followups_page.py" line="44"/>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/followups_page.py" line="45"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/followups_page.py" line="46"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/followups_page.py" line="51"/>
        <source>Record what happened…</source>
        <translation>Festhalten, was geschah …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/followups_page.py" line="59"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/followups_page.py" line="60"/>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/followups_page.py" line="61"/>
        <source>Next two weeks</source>
        <translation>Nächste zwei Wochen</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../../workbench/ui/dialogs/identity_dialog.py" line="10"/>
        <source>Who are you?</source>
        <translation>Wer sind Sie?</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/identity_dialog.py" line="14"/>
        <source>Your name signs everything you record in the workbench: decisions, notes and interventions. Your team sees it in shared logs.</source>
        <translation>Ihr Name zeichnet alles, was Sie in der Werkbank festhalten: Entscheidungen, Notizen und Maßnahmen. Ihr Team sieht ihn in geteilten Protokollen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/identity_dialog.py" line="22"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/identity_dialog.py" line="23"/>
        <source>e.g. Mara Lindqvist</source>
        <translation>z. B. Mara Lindqvist</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../workbench/connectors/inputs.py" line="87"/>
        <source>{what} unpacks to more than it declared; stopped.</source>
        <translation>{what} entpackt sich zu mehr als angegeben; abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/inputs.py" line="125"/>
        <source>{what} unpacks to far more than its size; stopped.</source>
        <translation>{what} entpackt sich zu weit mehr als seine Größe; abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/inputs.py" line="276"/>
        <source>{member} is damaged (its checksum does not match)</source>
        <translation>{member} ist beschädigt (die Prüfsumme stimmt nicht)</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/inputs.py" line="278"/>
        <source>{member} is damaged (its data ends early)</source>
        <translation>{member} ist beschädigt (die Daten enden zu früh)</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/inputs.py" line="281"/>
        <source>{member} is damaged (its compressed data cannot be unpacked)</source>
        <translation>{member} ist beschädigt (die komprimierten Daten lassen sich nicht entpacken)</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/inputs.py" line="324"/>
        <source>{name} is not a readable zip archive: {problem}</source>
        <translation>{name} ist kein lesbares Zip-Archiv: {problem}</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/inputs.py" line="338"/>
        <source>it unpacks to {size} GB, more than {limit} GB</source>
        <translation>es entpackt sich zu {size} GB, mehr als {limit} GB</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/inputs.py" line="349"/>
        <source>{where} is refused: {reason}</source>
        <translation>{where} wird abgelehnt: {reason}</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/inputs.py" line="354"/>
        <source>its path leads outside the archive</source>
        <translation>sein Pfad führt aus dem Archiv hinaus</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/inputs.py" line="356"/>
        <source>it is a link</source>
        <translation>es ist ein Link</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/inputs.py" line="358"/>
        <source>it is encrypted</source>
        <translation>es ist verschlüsselt</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/inputs.py" line="362"/>
        <source>it would unpack to {ratio} times its size</source>
        <translation>es würde sich auf das {ratio}-Fache seiner Größe entpacken</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/inputs.py" line="376"/>
        <source>{member} is damaged (its entry in the archive is broken)</source>
        <translation>{member} ist beschädigt (sein Eintrag im Archiv ist fehlerhaft)</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/inputs.py" line="392"/>
        <source>{path} is a link to a folder; import the folder itself.</source>
        <translation>{path} ist ein Link auf einen Ordner; importieren Sie den Ordner selbst.</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/inputs.py" line="399"/>
        <source>{path} does not exist.</source>
        <translation>{path} gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/importer.py" line="77"/>
        <source>{path} cannot be read: {problem}.</source>
        <translation>{path} kann nicht gelesen werden: {problem}.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/importer.py" line="89"/>
        <source>Unknown format &apos;{format}&apos;; the formats are: {names}.</source>
        <translation>Unbekanntes Format „{format}“; die Formate sind: {names}.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/importer.py" line="113"/>
        <source>{path} does not look like {label} (it looks like: {seen}).</source>
        <translation>{path} sieht nicht nach {label} aus (es sieht aus wie: {seen}).</translation>
    </message>
    <message>
        <location filename="../../workbench/services/importer.py" line="119"/>
        <source>{path} is in no format the workbench knows; see &apos;workbench formats&apos;.</source>
        <translation>{path} ist in keinem Format, das die Werkbank kennt; siehe „workbench formats“.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/importer.py" line="180"/>
        <source>{path} cannot be read: {problem}. Nothing was imported.</source>
        <translation>{path} lässt sich nicht lesen: {problem}. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/importer.py" line="244"/>
        <location filename="../../workbench/ui/dialogs/import_dialog.py" line="402"/>
        <source>{problem}. Nothing was imported.</source>
        <translation>{problem}. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/importer.py" line="250"/>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Import abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tasks/imports.py" line="168"/>
        <source>The import could not start ({problem}); nothing was imported.</source>
        <translation>Der Import konnte nicht starten ({problem}); es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tasks/imports.py" line="186"/>
        <source>The import stopped unexpectedly; nothing was imported.</source>
        <translation>Der Import brach unerwartet ab; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/zstd_frames.py" line="59"/>
        <source>the compressed data ends in the middle of a frame: the file was cut short, perhaps by an unfinished download or copy</source>
        <translation>die komprimierten Daten enden mitten in einem Frame: die Datei ist abgeschnitten, vielleicht durch einen unvollständigen Download oder eine unvollständige Kopie</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/zstd_frames.py" line="74"/>
        <source>the compressed data holds something that is no zstd frame at byte {offset}</source>
        <translation>die komprimierten Daten enthalten bei Byte {offset} etwas, das kein zstd-Frame ist</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/zstd_frames.py" line="95"/>
        <source>the compressed data is damaged at byte {offset}</source>
        <translation>die komprimierten Daten sind bei Byte {offset} beschädigt</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_pipeline.py" line="178"/>
        <source>the process reading it was killed (signal {signal})</source>
        <translation>der Prozess, der die Datei las, wurde beendet (Signal {signal})</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_pipeline.py" line="180"/>
        <source>the process reading it stopped (exit code {code})</source>
        <translation>der Prozess, der die Datei las, hat aufgehört (Exit-Code {code})</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../workbench/ui/dialogs/import_dialog.py" line="66"/>
        <location filename="../../workbench/ui/dialogs/import_dialog.py" line="129"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/import_dialog.py" line="76"/>
        <source>Files to import</source>
        <translation>Zu importierende Dateien</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/import_dialog.py" line="78"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/import_dialog.py" line="78"/>
        <location filename="../../workbench/ui/dialogs/import_dialog.py" line="160"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/import_dialog.py" line="78"/>
        <source>Import into source</source>
        <translation>In Quelle importieren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/import_dialog.py" line="100"/>
        <source>Skip records that cannot be read (and list them)</source>
        <translation>Datensätze überspringen, die sich nicht lesen lassen (und auflisten)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/import_dialog.py" line="102"/>
        <source>Keep e-mail addresses (otherwise only a hash)</source>
        <translation>E-Mail-Adressen behalten (sonst nur ein Hash)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/import_dialog.py" line="103"/>
        <source>Keep IP addresses</source>
        <translation>IP-Adressen behalten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/import_dialog.py" line="119"/>
        <source>Where the parser stopped</source>
        <translation>Wo der Parser angehalten hat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/import_dialog.py" line="147"/>
        <source>{name}: no known format.</source>
        <translation>{name}: kein bekanntes Format.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/import_dialog.py" line="164"/>
        <source>Source name</source>
        <translation>Name der Quelle</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/import_dialog.py" line="166"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/import_dialog.py" line="168"/>
        <source>Remove {name} from the import</source>
        <translation>{name} aus dem Import entfernen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/import_dialog.py" line="169"/>
        <source>Leave this file out of the import (Del)</source>
        <translation>Diese Datei beim Import auslassen (Entf)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/import_dialog.py" line="190"/>
        <source>Change mapping…</source>
        <translation>Zuordnung ändern …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/import_dialog.py" line="190"/>
        <source>Map columns…</source>
        <translation>Spalten zuordnen …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/import_dialog.py" line="227"/>
        <source>Map the CSV file&apos;s columns before importing.</source>
        <translation>Ordnen Sie vor dem Import die Spalten der CSV-Datei zu.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/import_dialog.py" line="260"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/import_dialog.py" line="263"/>
        <source>Reading…</source>
        <translation>Wird gelesen …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/import_dialog.py" line="268"/>
        <source>{items} items and {members} members read from {name}</source>
        <translation>{items} Beiträge und {members} Mitglieder aus {name} gelesen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/import_dialog.py" line="272"/>
        <source>about {time} left</source>
        <translation>noch etwa {time}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/import_dialog.py" line="279"/>
        <source>Imported in {seconds} s.</source>
        <translation>Importiert in {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/import_dialog.py" line="280"/>
        <source>Members: {added} added, {updated} updated.</source>
        <translation>Mitglieder: {added} hinzugefügt, {updated} aktualisiert.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/import_dialog.py" line="283"/>
        <source>Items: {added} added, {updated} updated, {same} unchanged.</source>
        <translation>Beiträge: {added} hinzugefügt, {updated} aktualisiert, {same} unverändert.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/import_dialog.py" line="288"/>
        <source>New in the queue: {queued}.</source>
        <translation>Neu in der Warteschlange: {queued}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/dialogs/import_dialog.py" line="291"/>
        <source>Skipped %n bad record(s), the first:</source>
        <translation>
            <numerusform>%n fehlerhafter Datensatz übersprungen, der erste:</numerusform>
            <numerusform>%n fehlerhafte Datensätze übersprungen, der erste:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/import_dialog.py" line="314"/>
        <source>Nothing was imported, not even the files that are fine: an import brings in all of its files or none.</source>
        <translation>Es wurde nichts importiert, auch nicht die fehlerfreien Dateien: Ein Import bringt alle seine Dateien herein oder keine.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/import_dialog.py" line="318"/>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/import_dialog.py" line="321"/>
        <source>To import the others, remove the file that failed and import again; if only some of its records are bad, “Skip records that cannot be read” imports the rest of it too.</source>
        <translation>Um die anderen zu importieren, entfernen Sie die fehlgeschlagene Datei und importieren Sie erneut; sind nur einige ihrer Datensätze fehlerhaft, importiert „Datensätze überspringen, die sich nicht lesen lassen“ auch den Rest.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/import_dialog.py" line="327"/>
        <source>Correct the file and import again; if only some of its records are bad, “Skip records that cannot be read” imports the rest.</source>
        <translation>Korrigieren Sie die Datei und importieren Sie erneut; sind nur einige ihrer Datensätze fehlerhaft, importiert „Datensätze überspringen, die sich nicht lesen lassen“ den Rest.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/import_dialog.py" line="365"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/import_dialog.py" line="371"/>
        <source>Cancelling; nothing will be imported…</source>
        <translation>Wird abgebrochen; es wird nichts importiert …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/dialogs/import_dialog.py" line="412"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/dialogs/import_dialog.py" line="413"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <location filename="../../workbench/core/incidents/cases.py" line="56"/>
        <source>An incident needs a title.</source>
        <translation>Ein Vorfall braucht einen Titel.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/incidents/cases.py" line="82"/>
        <source>The note is empty.</source>
        <translation>Die Notiz ist leer.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/incidents/cases.py" line="90"/>
        <source>&apos;{status}&apos; is no incident status.</source>
        <translation>„{status}“ ist kein Status eines Vorfalls.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/incidents/cases.py" line="123"/>
        <source>There is no incident {id}.</source>
        <translation>Es gibt keinen Vorfall {id}.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/incidents/cases.py" line="133"/>
        <source>No single incident matches {key!r}.</source>
        <translation>Auf {key!r} passt kein einzelner Vorfall.</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <location filename="../../workbench/ui/pages/incidents_page.py" line="40"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/incidents_page.py" line="41"/>
        <source>watching</source>
        <translation>beobachtet</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/incidents_page.py" line="42"/>
        <source>closed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/incidents_page.py" line="45"/>
        <source>post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/incidents_page.py" line="46"/>
        <source>intervention</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/incidents_page.py" line="47"/>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/incidents_page.py" line="48"/>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/incidents_page.py" line="52"/>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/incidents_page.py" line="55"/>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/incidents_page.py" line="55"/>
        <location filename="../../workbench/ui/pages/incidents_page.py" line="81"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/incidents_page.py" line="55"/>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/incidents_page.py" line="55"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/incidents_page.py" line="59"/>
        <source>New incident…</source>
        <translation>Neuer Vorfall …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/incidents_page.py" line="87"/>
        <source>Timeline</source>
        <translation>Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/incidents_page.py" line="90"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/incidents_page.py" line="90"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/incidents_page.py" line="90"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/incidents_page.py" line="90"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/incidents_page.py" line="90"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/incidents_page.py" line="96"/>
        <source>Add a note and press Enter</source>
        <translation>Notiz eingeben und Eingabetaste drücken</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/incidents_page.py" line="147"/>
        <source>No incident yet. Open one to follow a situation.</source>
        <translation>Noch kein Vorfall. Eröffnen Sie einen, um eine Situation zu verfolgen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/incidents_page.py" line="157"/>
        <source>Members: {list}</source>
        <translation>Mitglieder: {list}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/incidents_page.py" line="159"/>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/incidents_page.py" line="177"/>
        <source>New incident</source>
        <translation>Neuer Vorfall</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/incidents_page.py" line="177"/>
        <source>What is happening? (a short title)</source>
        <translation>Was passiert gerade? (ein kurzer Titel)</translation>
    </message>
</context>
<context>
    <name>InterventionDialog</name>
    <message>
        <location filename="../../workbench/ui/dialogs/intervention_dialog.py" line="51"/>
        <source>Intervention for {member}</source>
        <translation>Maßnahme für {member}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/intervention_dialog.py" line="67"/>
        <source>(write your own)</source>
        <translation>(eigener Text)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/intervention_dialog.py" line="72"/>
        <location filename="../../workbench/ui/dialogs/intervention_dialog.py" line="94"/>
        <source>Message sent</source>
        <translation>Gesendete Nachricht</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/intervention_dialog.py" line="77"/>
        <source>labels, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/intervention_dialog.py" line="78"/>
        <source>Look again on</source>
        <translation>Wiedervorlage am</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/intervention_dialog.py" line="91"/>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/intervention_dialog.py" line="92"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/intervention_dialog.py" line="93"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/intervention_dialog.py" line="95"/>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/intervention_dialog.py" line="96"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/intervention_dialog.py" line="103"/>
        <source>Choose a kind to log the intervention.</source>
        <translation>Wählen Sie eine Art, um die Maßnahme zu protokollieren.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/intervention_dialog.py" line="120"/>
        <source>Choose a kind…</source>
        <translation>Art wählen …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/intervention_dialog.py" line="122"/>
        <source>The ladder differs for these members: choose a kind…</source>
        <translation>Der Stufenplan unterscheidet sich für diese Mitglieder: Art wählen …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/intervention_dialog.py" line="135"/>
        <source>The team&apos;s ladder suggests: {kind}, for each of them.</source>
        <translation>Der Stufenplan des Teams schlägt für jedes von ihnen vor: {kind}.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/intervention_dialog.py" line="140"/>
        <source>The team&apos;s ladder suggests different steps for these members: choose one kind for all of them, or log them one by one.</source>
        <translation>Der Stufenplan des Teams schlägt für diese Mitglieder verschiedene Stufen vor: Wählen Sie eine Art für alle oder protokollieren Sie sie einzeln.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/dialogs/intervention_dialog.py" line="149"/>
        <source>{member}: %n active strike(s); the ladder suggests: {kind}.</source>
        <translation>
            <numerusform>{member}: %n aktiver Verstoß; der Stufenplan schlägt vor: {kind}.</numerusform>
            <numerusform>{member}: %n aktive Verstöße; der Stufenplan schlägt vor: {kind}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/intervention_dialog.py" line="155"/>
        <source>… and {count} more.</source>
        <translation>… und {count} weitere.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/dialogs/intervention_dialog.py" line="162"/>
        <source>%n active strike(s); the team&apos;s ladder suggests: {kind}.</source>
        <translation>
            <numerusform>%n aktiver Verstoß; der Stufenplan des Teams schlägt vor: {kind}.</numerusform>
            <numerusform>%n aktive Verstöße; der Stufenplan des Teams schlägt vor: {kind}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/intervention_dialog.py" line="165"/>
        <source>members with as many strikes</source>
        <translation>Mitglieder mit ebenso vielen Verstößen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/intervention_dialog.py" line="165"/>
        <source>all members</source>
        <translation>alle Mitglieder</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/intervention_dialog.py" line="169"/>
        <source>After a {kind}, {share} of {cases} ({whom}) posted no flagged item within {days} days.</source>
        <translation>Nach einer Maßnahme „{kind}“ haben {share} von {cases} ({whom}) innerhalb von {days} Tagen keinen markierten Beitrag geschrieben.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/intervention_dialog.py" line="226"/>
        <source>Correct the intervention</source>
        <translation>Maßnahme korrigieren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/intervention_dialog.py" line="305"/>
        <source>A member who has died</source>
        <translation>Ein verstorbenes Mitglied</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/intervention_dialog.py" line="306"/>
        <source>{names} died; their profile is kept in memory. A {kind} addresses them as if alive. Record it anyway?</source>
        <translation>{names} ist verstorben; das Profil wird in Erinnerung bewahrt. Eine Maßnahme „{kind}“ spricht die Person an, als lebte sie. Trotzdem festhalten?</translation>
    </message>
</context>
<context>
    <name>Interventions</name>
    <message>
        <location filename="../../workbench/core/interventions/effect.py" line="183"/>
        <source>There is no intervention {id}.</source>
        <translation>Es gibt keine Maßnahme {id}.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/interventions/logbook.py" line="60"/>
        <source>&apos;{channel}&apos; is no channel.</source>
        <translation>„{channel}“ ist kein Kanal.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/interventions/logbook.py" line="87"/>
        <source>{names} died; their profile is kept in memory. A {kind} addresses them as if alive. Record it anyway?</source>
        <translation>{names} ist verstorben; das Profil wird in Erinnerung bewahrt. Eine Maßnahme „{kind}“ spricht die Person an, als lebte sie. Trotzdem festhalten?</translation>
    </message>
</context>
<context>
    <name>InterventionsPage</name>
    <message>
        <location filename="../../workbench/ui/pages/interventions_page.py" line="56"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/interventions_page.py" line="58"/>
        <source>Effectiveness</source>
        <translation>Wirksamkeit</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/interventions_page.py" line="62"/>
        <source>improved</source>
        <translation>verbessert</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/interventions_page.py" line="63"/>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/interventions_page.py" line="64"/>
        <source>worsened</source>
        <translation>verschlechtert</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/interventions_page.py" line="65"/>
        <source>unclear</source>
        <translation>unklar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/interventions_page.py" line="79"/>
        <source>Interventions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/interventions_page.py" line="83"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/interventions_page.py" line="84"/>
        <source>Intervention</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/interventions_page.py" line="85"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/interventions_page.py" line="86"/>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/interventions_page.py" line="87"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/interventions_page.py" line="88"/>
        <source>Look again</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/interventions_page.py" line="89"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/interventions_page.py" line="94"/>
        <source>Double-click or press Enter to correct an intervention.</source>
        <translation>Doppelklicken oder Eingabetaste drücken, um eine Maßnahme zu korrigieren.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/interventions_page.py" line="96"/>
        <source>New intervention…</source>
        <translation>Neue Maßnahme …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/interventions_page.py" line="99"/>
        <source>Add observation…</source>
        <translation>Beobachtung hinzufügen …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/interventions_page.py" line="102"/>
        <source>Record what you saw since, beside the measured effect; as often as needed.</source>
        <translation>Festhalten, was Sie seitdem gesehen haben, neben der gemessenen Wirkung; so oft wie nötig.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/interventions_page.py" line="105"/>
        <source>Correct…</source>
        <translation>Korrigieren …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/interventions_page.py" line="106"/>
        <source>Enter or a double-click on an entry, too.</source>
        <translation>Auch mit der Eingabetaste oder einem Doppelklick auf einen Eintrag.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/interventions_page.py" line="127"/>
        <location filename="../../workbench/ui/pages/interventions_page.py" line="147"/>
        <source>Effectiveness by kind</source>
        <translation>Wirksamkeit nach Art</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/interventions_page.py" line="130"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/interventions_page.py" line="131"/>
        <source>How many</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/interventions_page.py" line="132"/>
        <location filename="../../workbench/ui/pages/interventions_page.py" line="350"/>
        <source>Improved</source>
        <translation>Verbessert</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/interventions_page.py" line="133"/>
        <location filename="../../workbench/ui/pages/interventions_page.py" line="351"/>
        <source>Worsened</source>
        <translation>Verschlechtert</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/interventions_page.py" line="134"/>
        <source>Activity (median change)</source>
        <translation>Aktivität (Median der Änderung)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/interventions_page.py" line="135"/>
        <source>Flagged (median change)</source>
        <translation>Markiert (Median der Änderung)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/interventions_page.py" line="136"/>
        <source>Repeats within 30 days</source>
        <translation>Wiederholungen innerhalb von 30 Tagen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/interventions_page.py" line="144"/>
        <source>Share of outcomes and repeats, by kind</source>
        <translation>Anteil der Ergebnisse und Wiederholungen, nach Art</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/interventions_page.py" line="149"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/interventions_page.py" line="154"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/interventions_page.py" line="156"/>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/interventions_page.py" line="157"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/interventions_page.py" line="158"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/interventions_page.py" line="159"/>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/interventions_page.py" line="164"/>
        <source>Manager</source>
        <translation>Manager/in</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/interventions_page.py" line="167"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/interventions_page.py" line="183"/>
        <source>Every manager</source>
        <translation>Alle Manager/innen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/interventions_page.py" line="186"/>
        <source>Every source</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/interventions_page.py" line="243"/>
        <source>{name}: {changes}</source>
        <translation>{name}: {changes}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/interventions_page.py" line="252"/>
        <source>Corrected at the same time by several managers; the latest is shown:
{versions}
Correct it again to settle it.</source>
        <translation>Von mehreren Managern zugleich korrigiert; die neueste Fassung wird gezeigt:
{versions}
Korrigieren Sie sie noch einmal, um den Konflikt aufzulösen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/interventions_page.py" line="352"/>
        <source>Repeats</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/interventions_page.py" line="381"/>
        <source>Export report</source>
        <translation>Auswertung exportieren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/interventions_page.py" line="381"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>ItemDetail</name>
    <message numerus="yes">
        <location filename="../../workbench/ui/widgets/item_detail.py" line="34"/>
        <source>%n report(s) on {network}</source>
        <translation>
            <numerusform>%n Meldung auf {network}</numerusform>
            <numerusform>%n Meldungen auf {network}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/item_detail.py" line="37"/>
        <source>nearly the same as item #{id} ({alike} alike)</source>
        <translation>fast gleich wie Beitrag #{id} ({alike} ähnlich)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/item_detail.py" line="85"/>
        <source>Item detail</source>
        <translation>Beitragsdetails</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/item_detail.py" line="86"/>
        <source>Select an item to read it in full.</source>
        <translation>Wählen Sie einen Beitrag, um ihn vollständig zu lesen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/item_detail.py" line="96"/>
        <source>{network} · {source} · {time} · {kind}</source>
        <translation>{network} · {source} · {time} · {kind}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/item_detail.py" line="102"/>
        <source>unknown author</source>
        <translation>unbekannter Autor</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/item_detail.py" line="114"/>
        <source>This is the start of a long post ({length} characters).</source>
        <translation>Dies ist der Anfang eines langen Beitrags ({length} Zeichen).</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/item_detail.py" line="119"/>
        <source>Show the whole post</source>
        <translation>Ganzen Beitrag anzeigen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/item_detail.py" line="122"/>
        <source>Open on the network</source>
        <translation>Im Netzwerk öffnen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/item_detail.py" line="128"/>
        <source>Why it is in the queue</source>
        <translation>Warum er in der Warteschlange ist</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/item_detail.py" line="136"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/item_detail.py" line="143"/>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/item_detail.py" line="147"/>
        <source>this item</source>
        <translation>dieser Beitrag</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/item_detail.py" line="151"/>
        <source>The author</source>
        <translation>Der Autor</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/item_detail.py" line="157"/>
        <source>Claimed by {who} since {time}</source>
        <translation>Übernommen von {who} seit {time}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/item_detail.py" line="173"/>
        <source>On {network}: {action}</source>
        <translation>Auf {network}: {action}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/item_detail.py" line="190"/>
        <source>approved by {author}</source>
        <translation>freigegeben von {author}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/item_detail.py" line="191"/>
        <source>removed by {author}</source>
        <translation>entfernt von {author}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/item_detail.py" line="192"/>
        <source>escalated by {author}</source>
        <translation>eskaliert von {author}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/item_detail.py" line="193"/>
        <source>ignored by {author}</source>
        <translation>ignoriert von {author}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/item_detail.py" line="198"/>
        <source>assigned to {assignee} by {author}</source>
        <translation>{assignee} zugewiesen von {author}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/item_detail.py" line="202"/>
        <source>assignment taken back by {author}</source>
        <translation>Zuweisung zurückgenommen von {author}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/item_detail.py" line="206"/>
        <source>note ({type}) by {author}</source>
        <translation>Notiz ({type}) von {author}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/item_detail.py" line="208"/>
        <source>thread muted</source>
        <translation>Thread stummgeschaltet</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/item_detail.py" line="208"/>
        <source>author muted</source>
        <translation>Autor stummgeschaltet</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/item_detail.py" line="209"/>
        <source>{muted} until {until} by {author}</source>
        <translation>{muted} bis {until} von {author}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/item_detail.py" line="216"/>
        <source>undone</source>
        <translation>rückgängig gemacht</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/item_detail.py" line="224"/>
        <source>signed</source>
        <translation>signiert</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/item_detail.py" line="225"/>
        <source>signed, by a key you do not trust</source>
        <translation>signiert, mit einem Schlüssel, dem Sie nicht vertrauen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/item_detail.py" line="226"/>
        <source>redacted by an erasure</source>
        <translation>geschwärzt durch eine Löschung</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/item_detail.py" line="227"/>
        <source>unsigned</source>
        <translation>unsigniert</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/item_detail.py" line="228"/>
        <source>signature does not hold: changed or forged</source>
        <translation>Signatur gilt nicht: geändert oder gefälscht</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/item_detail.py" line="246"/>
        <source>The same person: {who}</source>
        <translation>Dieselbe Person: {who}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/item_detail.py" line="254"/>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/item_detail.py" line="273"/>
        <source>This member has died. Their profile is kept in memory; please treat their content with care.</source>
        <translation>Dieses Mitglied ist verstorben. Sein Profil wird in Erinnerung bewahrt; bitte gehen Sie mit seinen Inhalten behutsam um.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/item_detail.py" line="282"/>
        <source>one item</source>
        <translation>ein Beitrag</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/item_detail.py" line="282"/>
        <source>{count} items</source>
        <translation>{count} Beiträge</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/item_detail.py" line="285"/>
        <source>{posted}, first seen {first}, last seen {last}</source>
        <translation>{posted}, zuerst gesehen {first}, zuletzt gesehen {last}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/item_detail.py" line="295"/>
        <source>Full profile</source>
        <translation>Vollständiges Profil</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../workbench/ui/dialogs/item_dialog.py" line="15"/>
        <source>{kind} on {network}</source>
        <translation>{kind} auf {network}</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <location filename="../../workbench/ui/dialogs/keys_dialog.py" line="48"/>
        <source>Keys and team secret</source>
        <translation>Schlüssel und Team-Geheimnis</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/keys_dialog.py" line="66"/>
        <source>Your key</source>
        <translation>Ihr Schlüssel</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/keys_dialog.py" line="71"/>
        <location filename="../../workbench/ui/dialogs/keys_dialog.py" line="248"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/keys_dialog.py" line="73"/>
        <source>The fingerprint, for a teammate to trust</source>
        <translation>Der Fingerabdruck, damit ein Teammitglied ihm vertrauen kann</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/keys_dialog.py" line="75"/>
        <source>&amp;Make my key</source>
        <translation>Meinen Schlüssel &amp;erzeugen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/keys_dialog.py" line="84"/>
        <source>Teammates&apos; keys you trust</source>
        <translation>Schlüssel von Teammitgliedern, denen Sie vertrauen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/keys_dialog.py" line="89"/>
        <source>Whose</source>
        <translation>Von wem</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/keys_dialog.py" line="89"/>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/keys_dialog.py" line="89"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/keys_dialog.py" line="94"/>
        <source>&amp;Trust a key…</source>
        <translation>Einem Schlüssel &amp;vertrauen …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/keys_dialog.py" line="97"/>
        <source>&amp;Stop trusting</source>
        <translation>Nicht mehr ver&amp;trauen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/keys_dialog.py" line="111"/>
        <source>Team secret (for pseudonymized bundles)</source>
        <translation>Team-Geheimnis (für pseudonymisierte Protokollpakete)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/keys_dialog.py" line="116"/>
        <source>Make a &amp;new one…</source>
        <translation>&amp;Neues erzeugen …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/keys_dialog.py" line="119"/>
        <source>&amp;Enter the team&apos;s…</source>
        <translation>Das des Teams &amp;eingeben …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/keys_dialog.py" line="130"/>
        <source>None yet: it is made at your first share, or now.</source>
        <translation>Noch keiner: Er wird beim ersten Teilen erzeugt, oder jetzt.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/keys_dialog.py" line="151"/>
        <source>This laptop holds the team secret.</source>
        <translation>Auf diesem Rechner liegt das Team-Geheimnis.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/keys_dialog.py" line="153"/>
        <source>None here yet: make one and give it to your teammates, or enter theirs.</source>
        <translation>Hier noch keines: Erzeugen Sie eines und geben Sie es Ihren Teammitgliedern, oder geben Sie deren ein.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/keys_dialog.py" line="175"/>
        <location filename="../../workbench/ui/dialogs/keys_dialog.py" line="180"/>
        <source>Trust a key</source>
        <translation>Einem Schlüssel vertrauen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/keys_dialog.py" line="176"/>
        <source>The fingerprint your teammate read out to you:</source>
        <translation>Der Fingerabdruck, den Ihr Teammitglied Ihnen vorgelesen hat:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/keys_dialog.py" line="180"/>
        <source>Whose key is it?</source>
        <translation>Wessen Schlüssel ist es?</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/keys_dialog.py" line="213"/>
        <source>Make a new team secret</source>
        <translation>Neues Team-Geheimnis erzeugen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/keys_dialog.py" line="215"/>
        <source>This laptop holds a team secret already. A new one gives every member new pseudonyms in your bundles; teammates need the new one too. Go on?</source>
        <translation>Auf diesem Rechner liegt schon ein Team-Geheimnis. Ein neues gibt jedem Mitglied in Ihren Paketen neue Pseudonyme; Ihre Teammitglieder brauchen dann auch das neue. Fortfahren?</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/keys_dialog.py" line="234"/>
        <source>The new team secret</source>
        <translation>Das neue Team-Geheimnis</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/keys_dialog.py" line="238"/>
        <source>Give it to your teammates the way you pass on passwords; each enters it under Team → Keys and team secret. It is kept in your keyring.</source>
        <translation>Geben Sie es Ihren Teammitgliedern so weiter, wie Sie Passwörter weitergeben; jedes gibt es unter Team → Schlüssel und Team-Geheimnis ein. Es liegt in Ihrem Schlüsselbund.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/keys_dialog.py" line="259"/>
        <source>Enter the team&apos;s secret</source>
        <translation>Team-Geheimnis eingeben</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/keys_dialog.py" line="260"/>
        <source>The secret a teammate gave you:</source>
        <translation>Das Geheimnis, das Ihnen ein Teammitglied gegeben hat:</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../workbench/ui/labels.py" line="11"/>
        <source>Welcome</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="12"/>
        <source>Thanks</source>
        <translation>Dank</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="13"/>
        <source>Nudge to take part</source>
        <translation>Anstoß zur Teilnahme</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="14"/>
        <source>Clarification</source>
        <translation>Klarstellung</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="15"/>
        <location filename="../../workbench/ui/labels.py" line="39"/>
        <source>Warning</source>
        <translation>Verwarnung</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="16"/>
        <source>Content removal</source>
        <translation>Entfernung von Inhalten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="17"/>
        <source>Temporary mute</source>
        <translation>Befristete Stummschaltung</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="18"/>
        <location filename="../../workbench/ui/labels.py" line="41"/>
        <source>Ban</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="19"/>
        <location filename="../../workbench/ui/labels.py" line="29"/>
        <source>Private message</source>
        <translation>Private Nachricht</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="20"/>
        <source>Public statement</source>
        <translation>Öffentliche Stellungnahme</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="21"/>
        <source>Community announcement</source>
        <translation>Ankündigung an die Community</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="22"/>
        <source>Escalation</source>
        <translation>Eskalation</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="28"/>
        <source>Public reply</source>
        <translation>Öffentliche Antwort</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="30"/>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="31"/>
        <source>Outside the platform</source>
        <translation>Außerhalb der Plattform</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="37"/>
        <source>Good contributor</source>
        <translation>Wertvolles Mitglied</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="38"/>
        <source>Spam watch</source>
        <translation>Spam-Beobachtung</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="40"/>
        <source>Abuse</source>
        <translation>Missbrauch</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="42"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="48"/>
        <source>Feedback behaviour</source>
        <translation>Umgang mit Feedback</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="49"/>
        <source>Expertise</source>
        <translation>Fachwissen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="50"/>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="61"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="62"/>
        <source>watch</source>
        <translation>unter Beobachtung</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="63"/>
        <source>muted</source>
        <translation>stummgeschaltet</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="64"/>
        <source>banned</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="65"/>
        <source>left</source>
        <translation>ausgetreten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="66"/>
        <source>memorialized</source>
        <translation>verstorben</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="73"/>
        <source>approve</source>
        <translation>freigeben</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="74"/>
        <source>remove</source>
        <translation>entfernen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="75"/>
        <source>mark as spam</source>
        <translation>als Spam markieren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="76"/>
        <source>put back as it was</source>
        <translation>wiederherstellen, wie es war</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="77"/>
        <source>reply</source>
        <translation>antworten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="78"/>
        <source>kick the author</source>
        <translation>den Autor hinauswerfen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="79"/>
        <source>ban the author</source>
        <translation>den Autor sperren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="85"/>
        <source>waiting</source>
        <translation>wartend</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="86"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="87"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="88"/>
        <source>cancelled (undone)</source>
        <translation>abgebrochen (rückgängig gemacht)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="95"/>
        <source>decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="96"/>
        <source>decisions undone</source>
        <translation>rückgängig gemachte Entscheidungen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="97"/>
        <source>assignments</source>
        <translation>Zuweisungen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="98"/>
        <source>mutes</source>
        <translation>Stummschaltungen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="99"/>
        <source>replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="100"/>
        <source>kicks and bans on the platform</source>
        <translation>Rauswürfe und Sperren auf der Plattform</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="103"/>
        <source>member statuses</source>
        <translation>Mitgliedsstatus</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="104"/>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="105"/>
        <source>tags added</source>
        <translation>hinzugefügte Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="106"/>
        <source>tags removed</source>
        <translation>entfernte Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="107"/>
        <source>ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="108"/>
        <source>erasures</source>
        <translation>Löschungen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="109"/>
        <source>identities linked</source>
        <translation>verknüpfte Identitäten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="110"/>
        <source>identities unlinked</source>
        <translation>gelöste Identitäten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="111"/>
        <source>links rejected</source>
        <translation>abgelehnte Verknüpfungen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="112"/>
        <source>interventions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="113"/>
        <source>observations</source>
        <translation>Beobachtungen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="114"/>
        <source>corrections</source>
        <translation>Korrekturen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="115"/>
        <source>enforcement ladders</source>
        <translation>Stufenpläne</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="116"/>
        <source>incidents opened</source>
        <translation>eröffnete Vorfälle</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="117"/>
        <source>incident links</source>
        <translation>Zuordnungen zu Vorfällen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="118"/>
        <source>incident notes</source>
        <translation>Notizen zu Vorfällen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="119"/>
        <source>incident statuses</source>
        <translation>Status von Vorfällen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="120"/>
        <source>queue rules saved</source>
        <translation>gespeicherte Regeln</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="121"/>
        <source>queue rules deleted</source>
        <translation>gelöschte Regeln</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="122"/>
        <source>reply templates saved</source>
        <translation>gespeicherte Antwortvorlagen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="123"/>
        <source>reply templates deleted</source>
        <translation>gelöschte Antwortvorlagen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="124"/>
        <source>vocabulary terms added</source>
        <translation>hinzugefügte Begriffe</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/labels.py" line="125"/>
        <source>vocabulary terms retired</source>
        <translation>zurückgezogene Begriffe</translation>
    </message>
</context>
<context>
    <name>LadderTab</name>
    <message>
        <location filename="../../workbench/ui/dialogs/team_dialog.py" line="169"/>
        <source>Steps</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/team_dialog.py" line="171"/>
        <source>Kind to add</source>
        <translation>Hinzuzufügende Art</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/team_dialog.py" line="174"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/team_dialog.py" line="176"/>
        <source>Add step</source>
        <translation>Stufe hinzufügen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/team_dialog.py" line="177"/>
        <source>Remove step</source>
        <translation>Stufe entfernen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/team_dialog.py" line="178"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/team_dialog.py" line="179"/>
        <source>Save ladder</source>
        <translation>Stufenplan speichern</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/team_dialog.py" line="186"/>
        <source>The first step is for a member with no active strike, the second for one strike, and so on; the last step holds for any more.</source>
        <translation>Die erste Stufe gilt für ein Mitglied ohne aktiven Verstoß, die zweite für einen Verstoß und so weiter; die letzte Stufe gilt für alle weiteren.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/team_dialog.py" line="195"/>
        <source>Strikes expire after</source>
        <translation>Verstöße verfallen nach</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/team_dialog.py" line="251"/>
        <source>No active strike</source>
        <translation>Kein aktiver Verstoß</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/team_dialog.py" line="251"/>
        <source>Any number of strikes</source>
        <translation>Beliebig viele Verstöße</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/team_dialog.py" line="253"/>
        <source>{n} or more strikes</source>
        <translation>{n} oder mehr Verstöße</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/team_dialog.py" line="255"/>
        <source>One strike</source>
        <translation>Ein Verstoß</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/team_dialog.py" line="257"/>
        <source>{n} strikes</source>
        <translation>{n} Verstöße</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/team_dialog.py" line="271"/>
        <source>Saved; recommendations follow the new ladder.</source>
        <translation>Gespeichert; Empfehlungen folgen dem neuen Stufenplan.</translation>
    </message>
</context>
<context>
    <name>LinksDialog</name>
    <message>
        <location filename="../../workbench/ui/dialogs/links_dialog.py" line="31"/>
        <location filename="../../workbench/ui/dialogs/links_dialog.py" line="45"/>
        <source>Suggested links</source>
        <translation>Vorgeschlagene Verknüpfungen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/links_dialog.py" line="37"/>
        <source>the same e-mail address</source>
        <translation>dieselbe E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/links_dialog.py" line="38"/>
        <source>the same handle</source>
        <translation>dasselbe Handle</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/links_dialog.py" line="39"/>
        <source>a very similar full name</source>
        <translation>ein sehr ähnlicher vollständiger Name</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/links_dialog.py" line="41"/>
        <source>These members may be one person. Link them, or say they are not.</source>
        <translation>Diese Mitglieder sind vielleicht eine Person. Verknüpfen Sie sie oder sagen Sie, dass sie es nicht sind.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/links_dialog.py" line="46"/>
        <source>Same person</source>
        <translation>Dieselbe Person</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/links_dialog.py" line="48"/>
        <source>Not the same</source>
        <translation>Nicht dieselbe</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/links_dialog.py" line="71"/>
        <source>Looking for members who may be one person…</source>
        <translation>Suche nach Mitgliedern, die eine Person sein könnten …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/links_dialog.py" line="82"/>
        <source>{a}  and  {b}: {reason}</source>
        <translation>{a}  und  {b}: {reason}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/links_dialog.py" line="90"/>
        <source>No suggestions: nobody looks doubled.</source>
        <translation>Keine Vorschläge: Niemand scheint doppelt zu sein.</translation>
    </message>
</context>
<context>
    <name>Live</name>
    <message>
        <location filename="../../workbench/connectors/live/discourse.py" line="104"/>
        <location filename="../../workbench/connectors/live/matrix.py" line="122"/>
        <location filename="../../workbench/connectors/live/reddit.py" line="150"/>
        <source>{server} sent an answer to {what} that is not one.</source>
        <translation>{server} hat auf {what} eine Antwort gesendet, die keine ist.</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/live/discourse.py" line="213"/>
        <source>The API key is {found}&apos;s, not {user}&apos;s.</source>
        <translation>Der API-Schlüssel gehört {found}, nicht {user}.</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/live/discourse.py" line="220"/>
        <source>{user} is no moderator on {url}.</source>
        <translation>{user} ist auf {url} kein Moderator.</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/live/discourse.py" line="225"/>
        <location filename="../../workbench/connectors/live/mastodon.py" line="252"/>
        <location filename="../../workbench/connectors/live/wordpress.py" line="128"/>
        <source>Signed in to {url} as {user} ({roles}).</source>
        <translation>Bei {url} als {user} angemeldet ({roles}).</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/live/discourse.py" line="503"/>
        <source>Only posts can be moderated from the workbench on Discourse.</source>
        <translation>Auf Discourse lassen sich von der Werkbank aus nur Beiträge moderieren.</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/live/discourse.py" line="509"/>
        <source>the post is {status} already.</source>
        <translation>der Beitrag ist bereits {status}.</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/live/discourse.py" line="556"/>
        <source>{said} (the reviewable is {status} now)</source>
        <translation>{said} (das Prüfobjekt ist jetzt {status})</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/live/discourse.py" line="586"/>
        <source>A post waiting for approval cannot be replied to yet.</source>
        <translation>Auf einen Beitrag, der auf Freigabe wartet, kann noch nicht geantwortet werden.</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/live/discourse.py" line="623"/>
        <source>{server} offers no action for &apos;{action}&apos; here (it offers: {offered}).</source>
        <translation>{server} bietet hier keine Aktion für „{action}“ an (angeboten: {offered}).</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/live/discourse.py" line="630"/>
        <source>Someone else acted on this first: {said}</source>
        <translation>Jemand anderes war schneller: {said}</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/live/http.py" line="176"/>
        <source>{server} did not answer in time.</source>
        <translation>{server} hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/live/http.py" line="182"/>
        <source>{server} cannot be reached.</source>
        <translation>{server} ist nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/live/http.py" line="188"/>
        <source>{server} sent an answer of more than {mb} MB.</source>
        <translation>{server} hat eine Antwort von mehr als {mb} MB gesendet.</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/live/http.py" line="197"/>
        <location filename="../../workbench/connectors/live/mastodon.py" line="197"/>
        <location filename="../../workbench/connectors/live/reddit.py" line="354"/>
        <source>{server} asks to wait {seconds} s before the next request.</source>
        <translation>{server} bittet, {seconds} s bis zur nächsten Anfrage zu warten.</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/live/http.py" line="208"/>
        <source>{server} has a problem: {message}</source>
        <translation>{server} hat ein Problem: {message}</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/live/http.py" line="228"/>
        <location filename="../../workbench/connectors/live/mastodon.py" line="643"/>
        <location filename="../../workbench/connectors/live/reddit.py" line="372"/>
        <source>{server} sent something that is not JSON for {path}.</source>
        <translation>{server} hat für {path} etwas gesendet, das kein JSON ist.</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/live/http.py" line="243"/>
        <source>{server} did not accept the account&apos;s secret: {message}</source>
        <translation>{server} hat das Geheimnis des Kontos nicht angenommen: {message}</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/live/http.py" line="246"/>
        <location filename="../../workbench/connectors/live/http.py" line="253"/>
        <location filename="../../workbench/connectors/live/reddit.py" line="567"/>
        <source>{server} refused: {message}</source>
        <translation>{server} hat abgelehnt: {message}</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/live/http.py" line="250"/>
        <location filename="../../workbench/connectors/live/mastodon.py" line="564"/>
        <source>{server}: not there (any more): {message}</source>
        <translation>{server}: nicht (mehr) vorhanden: {message}</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/live/mastodon.py" line="95"/>
        <source>The secret kept for {account} is not a Mastodon token.</source>
        <translation>Das für {account} aufbewahrte Geheimnis ist kein Mastodon-Token.</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/live/mastodon.py" line="259"/>
        <source>The account may not handle reports here.</source>
        <translation>Das Konto darf hier keine Meldungen bearbeiten.</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/live/mastodon.py" line="465"/>
        <source>(no comment)</source>
        <translation>(kein Kommentar)</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/live/mastodon.py" line="521"/>
        <location filename="../../workbench/services/live/sync.py" line="196"/>
        <source>{network} cannot {action} from the workbench.</source>
        <translation>{network} kann von der Werkbank aus nicht {action}.</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/live/mastodon.py" line="596"/>
        <source>Only reports can be resolved, assigned or acted on on Mastodon.</source>
        <translation>Auf Mastodon lassen sich nur Meldungen erledigen, zuweisen oder bearbeiten.</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/live/mastodon.py" line="607"/>
        <location filename="../../workbench/connectors/live/mastodon.py" line="617"/>
        <source>No code was given.</source>
        <translation>Es wurde kein Code angegeben.</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/live/mastodon.py" line="613"/>
        <source>The address is not the answer to this sign-in (its state differs).</source>
        <translation>Die Adresse ist nicht die Antwort auf diese Anmeldung (ihr Status weicht ab).</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/live/matrix.py" line="133"/>
        <source>Only messages in Matrix rooms can be moderated on Matrix.</source>
        <translation>Auf Matrix lassen sich nur Nachrichten in Matrix-Räumen moderieren.</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/live/matrix.py" line="165"/>
        <source>The access token is {found}&apos;s, not {user}&apos;s.</source>
        <translation>Das Zugriffstoken gehört {found}, nicht {user}.</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/live/matrix.py" line="169"/>
        <source>Signed in to {homeserver} as {user}.</source>
        <translation>Bei {homeserver} als {user} angemeldet.</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/live/matrix.py" line="187"/>
        <location filename="../../workbench/connectors/live/matrix_policy.py" line="74"/>
        <source>&apos;{room}&apos; is no Matrix room id (!…) or alias (#…).</source>
        <translation>„{room}“ ist keine Matrix-Raum-ID (!…) und kein Alias (#…).</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/live/matrix.py" line="203"/>
        <source>room {room}: the account has not joined it</source>
        <translation>Raum {room}: Das Konto ist ihm nicht beigetreten</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/live/matrix.py" line="426"/>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/live/matrix.py" line="428"/>
        <source>Removed by the moderators</source>
        <translation>Von den Moderatoren entfernt</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/live/matrix.py" line="444"/>
        <source>A removal cannot be taken back on Matrix.</source>
        <translation>Auf Matrix lässt sich eine Entfernung nicht zurücknehmen.</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/live/matrix.py" line="448"/>
        <source>Matrix cannot {action} from the workbench.</source>
        <translation>Matrix kann von der Werkbank aus nicht {action}.</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/live/matrix.py" line="458"/>
        <source>The message has no author on Matrix to {action}.</source>
        <translation>Die Nachricht hat auf Matrix keinen Autor für {action}.</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/live/reddit.py" line="121"/>
        <source>The Reddit account has no app client id.</source>
        <translation>Das Reddit-Konto hat keine Client-ID einer App.</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/live/reddit.py" line="138"/>
        <source>The Reddit account&apos;s secret holds no refresh token.</source>
        <translation>Das Geheimnis des Reddit-Kontos enthält kein Refresh-Token.</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/live/reddit.py" line="159"/>
        <source>{server} no longer accepts this account&apos;s authorization ({message}): add the account again to allow the workbench anew.</source>
        <translation>{server} nimmt die Autorisierung dieses Kontos nicht mehr an ({message}): Fügen Sie das Konto erneut hinzu, um die Werkbank neu zu erlauben.</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/live/reddit.py" line="200"/>
        <source>Reddit did not allow the workbench: {message}</source>
        <translation>Reddit hat die Werkbank nicht zugelassen: {message}</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/live/reddit.py" line="208"/>
        <source>That address answers another sign-in (its state differs): start again.</source>
        <translation>Diese Adresse gehört zu einer anderen Anmeldung (ihr Status weicht ab): Beginnen Sie neu.</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/live/reddit.py" line="214"/>
        <source>That address carries no code.</source>
        <translation>Diese Adresse enthält keinen Code.</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/live/reddit.py" line="222"/>
        <source>{what} is no Reddit comment or post: {id}</source>
        <translation>{what} ist kein Reddit-Kommentar und kein Reddit-Beitrag: {id}</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/live/reddit.py" line="400"/>
        <source>u/{user} does not moderate r/{subreddit}.</source>
        <translation>u/{user} moderiert r/{subreddit} nicht.</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/live/reddit.py" line="404"/>
        <source>Signed in to Reddit as u/{user}, moderating {subreddits}.</source>
        <translation>Bei Reddit als u/{user} angemeldet, moderiert {subreddits}.</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/live/reddit.py" line="419"/>
        <source>{name} is no subreddit&apos;s name.</source>
        <translation>{name} ist kein Name eines Subreddits.</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/live/reddit.py" line="500"/>
        <source>The item</source>
        <translation>Der Beitrag</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/live/reddit.py" line="527"/>
        <source>Reddit cannot {action} from the workbench.</source>
        <translation>Reddit kann von der Werkbank aus nicht {action}.</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/live/wordpress.py" line="82"/>
        <source>{url} has no WordPress REST API (wp/v2).</source>
        <translation>{url} hat keine WordPress-REST-API (wp/v2).</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/live/wordpress.py" line="109"/>
        <source>{server} did not say who the account is.</source>
        <translation>{server} hat nicht gesagt, wer das Konto ist.</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/live/wordpress.py" line="123"/>
        <source>{user} may not moderate comments on {url}.</source>
        <translation>{user} darf auf {url} keine Kommentare moderieren.</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/live/wordpress.py" line="359"/>
        <source>Only comments can be moderated from the workbench on WordPress.</source>
        <translation>Auf WordPress lassen sich von der Werkbank aus nur Kommentare moderieren.</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/live/wordpress.py" line="372"/>
        <source>{server} sent a list of {what} that is not one.</source>
        <translation>{server} hat eine Liste von {what} gesendet, die keine ist.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/live/sync.py" line="93"/>
        <source>Accounts of kind {kind} cannot be synced yet.</source>
        <translation>Konten der Art {kind} lassen sich noch nicht synchronisieren.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/live/sync.py" line="157"/>
        <source>There is no secret for {account} in this session: enter it under File → Accounts (or give it to `workbench sync` on standard input).</source>
        <translation>In dieser Sitzung gibt es kein Geheimnis für {account}: Geben Sie es unter Datei → Konten ein (oder übergeben Sie es `workbench sync` auf der Standardeingabe).</translation>
    </message>
    <message>
        <location filename="../../workbench/services/live/sync.py" line="193"/>
        <source>sending decision {n} of {of}</source>
        <translation>Entscheidung {n} von {of} wird gesendet</translation>
    </message>
    <message>
        <location filename="../../workbench/services/live/sync.py" line="233"/>
        <location filename="../../workbench/services/live/sync.py" line="279"/>
        <source>reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/live/matrix_policy.py" line="83"/>
        <source>{server} sent no room for the alias {room}.</source>
        <translation>{server} hat für den Alias {room} keinen Raum geschickt.</translation>
    </message>
    <message>
        <location filename="../../workbench/connectors/live/matrix_policy.py" line="100"/>
        <source>{server} sent no room state for {room}.</source>
        <translation>{server} hat keinen Raumzustand für {room} geschickt.</translation>
    </message>
</context>
<context>
    <name>LiveItemActions</name>
    <message>
        <location filename="../../workbench/ui/pages/queue_live.py" line="40"/>
        <source>Send a reply on the platform…</source>
        <translation>Auf der Plattform antworten …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_live.py" line="43"/>
        <source>&amp;Kick the author from the room…</source>
        <translation>Autor aus dem Raum &amp;werfen …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_live.py" line="44"/>
        <source>&amp;Ban the author from the room…</source>
        <translation>Autor im Raum s&amp;perren …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_live.py" line="45"/>
        <source>&amp;Mark the author&apos;s media sensitive…</source>
        <translation>Medien des Autors als &amp;heikel markieren …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_live.py" line="46"/>
        <source>&amp;Limit (silence) the author…</source>
        <translation>Autor &amp;einschränken (stummschalten) …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_live.py" line="47"/>
        <source>S&amp;uspend the author…</source>
        <translation>Autor s&amp;uspendieren …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_live.py" line="48"/>
        <source>&amp;Disable the author&apos;s login…</source>
        <translation>Anmeldung des Autors &amp;deaktivieren …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_live.py" line="89"/>
        <source>Reply on {network}</source>
        <translation>Auf {network} antworten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_live.py" line="90"/>
        <source>Sent as {user} on {account}, in public, once you click OK:</source>
        <translation>Wird als {user} auf {account} öffentlich gesendet, sobald Sie auf OK klicken:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_live.py" line="104"/>
        <source>Reply queued; it goes out at once.</source>
        <translation>Antwort eingereiht; sie geht sofort hinaus.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_live.py" line="115"/>
        <source>the author</source>
        <translation>den Autor</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_live.py" line="119"/>
        <source>The reason {who} is shown in the room:</source>
        <translation>Der Grund, der {who} im Raum angezeigt wird:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_live.py" line="128"/>
        <source>{title}? They stay so until a moderator takes it back.</source>
        <translation>{title}? Das bleibt so, bis eine Moderatorin oder ein Moderator es zurücknimmt.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_live.py" line="142"/>
        <source>{title}: queued.</source>
        <translation>{title}: eingereiht.</translation>
    </message>
</context>
<context>
    <name>LiveSync</name>
    <message>
        <location filename="../../workbench/ui/tasks/live_sync.py" line="63"/>
        <source>The window is closing.</source>
        <translation>Das Fenster wird geschlossen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tasks/live_sync.py" line="188"/>
        <source>Sync cancelled; what it had written is kept.</source>
        <translation>Synchronisation abgebrochen; was sie geschrieben hatte, bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tasks/live_sync.py" line="191"/>
        <source>Sync failed: {problem}</source>
        <translation>Synchronisation fehlgeschlagen: {problem}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tasks/live_sync.py" line="211"/>
        <source>Syncing {account}: {what}{share}</source>
        <translation>{account} wird synchronisiert: {what}{share}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tasks/live_sync.py" line="250"/>
        <source>No account to sync.</source>
        <translation>Kein Konto zum Synchronisieren.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tasks/live_sync.py" line="255"/>
        <source>{account}: {problem}</source>
        <translation>{account}: {problem}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/tasks/live_sync.py" line="263"/>
        <source>{account}: %n new item(s), {pushed} sent</source>
        <translation>
            <numerusform>{account}: %n neuer Beitrag, {pushed} gesendet</numerusform>
            <numerusform>{account}: %n neue Beiträge, {pushed} gesendet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="98"/>
        <source>{app} — {file}</source>
        <translation>{app} — {file}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="173"/>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="183"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="184"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="185"/>
        <source>Held by platform</source>
        <translation>Von der Plattform zurückgehalten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="186"/>
        <source>Reported</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="187"/>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="188"/>
        <source>Rule matches</source>
        <translation>Regeltreffer</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="189"/>
        <source>Assigned to me</source>
        <translation>Mir zugewiesen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="190"/>
        <source>My part of the queue</source>
        <translation>Mein Teil der Warteschlange</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="191"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="192"/>
        <source>Interventions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="193"/>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="194"/>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="195"/>
        <source>Watch lists</source>
        <translation>Beobachtungslisten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="196"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="197"/>
        <source>Pushes</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="202"/>
        <source>Saved view</source>
        <translation>Gespeicherte Ansicht</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="235"/>
        <source>Cancel sync</source>
        <translation>Synchronisation abbrechen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="254"/>
        <source>Signed in as {name}</source>
        <translation>Angemeldet als {name}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="331"/>
        <source>&amp;Queue</source>
        <translation>&amp;Warteschlange</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="335"/>
        <source>&amp;Rules…</source>
        <translation>&amp;Regeln …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="338"/>
        <source>Reply &amp;templates…</source>
        <translation>Antwort&amp;vorlagen …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="340"/>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="342"/>
        <source>Team &amp;setup…</source>
        <translation>Team&amp;einrichtung …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="346"/>
        <source>Your team&apos;s kinds of intervention, note types, rating dimensions and ladder</source>
        <translation>Die Maßnahmenarten, Notiztypen, Bewertungskriterien und der Stufenplan Ihres Teams</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="351"/>
        <source>Your &amp;name…</source>
        <translation>Ihr &amp;Name …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="354"/>
        <source>The name that signs what you record, as your team sees it</source>
        <translation>Der Name, der Ihre Einträge zeichnet, wie Ihr Team ihn sieht</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="358"/>
        <source>&amp;Keys and team secret…</source>
        <translation>&amp;Schlüssel und Team-Geheimnis …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="361"/>
        <source>Your signing key, the teammates&apos; keys you trust, the team&apos;s secret</source>
        <translation>Ihr Signaturschlüssel, die Schlüssel der Teammitglieder, denen Sie vertrauen, das Team-Geheimnis</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="365"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="367"/>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Tastenkürzel …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="374"/>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="377"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="379"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="383"/>
        <source>Import export files or zip archives</source>
        <translation>Exportdateien oder Zip-Archive importieren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="386"/>
        <source>Import &amp;folder…</source>
        <translation>&amp;Ordner importieren …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="389"/>
        <source>Import an unpacked export folder</source>
        <translation>Einen entpackten Exportordner importieren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="392"/>
        <source>&amp;Share log…</source>
        <translation>Protokoll &amp;teilen …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="396"/>
        <source>Write a signed bundle of what was recorded, for your teammates</source>
        <translation>Ein signiertes Paket mit dem Festgehaltenen für Ihr Team schreiben</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="399"/>
        <source>Import s&amp;hared log…</source>
        <translation>&amp;Geteiltes Protokoll importieren …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="402"/>
        <source>Merge a teammate&apos;s signed bundle into this store</source>
        <translation>Das signierte Paket eines Teammitglieds in diese Datenbank zusammenführen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="411"/>
        <source>Sy&amp;nc now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="418"/>
        <source>&amp;Open store…</source>
        <translation>Speicher ö&amp;ffnen …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="421"/>
        <source>Open another laptop store, or a team store on a PostgreSQL server</source>
        <translation>Einen anderen Laptop-Speicher öffnen oder einen Team-Speicher auf einem PostgreSQL-Server</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="494"/>
        <source>&amp;Go to</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/main_window.py" line="786"/>
        <source>Shared %n event(s) in {path}.</source>
        <translation>
            <numerusform>%n Ereignis in {path} geteilt.</numerusform>
            <numerusform>%n Ereignisse in {path} geteilt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="796"/>
        <source>Import shared log</source>
        <translation>Geteiltes Protokoll importieren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="798"/>
        <source>Log bundles (*{suffix})</source>
        <translation>Protokollpakete (*{suffix})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/main_window.py" line="811"/>
        <source>Merged %n event(s) from {path}.</source>
        <translation>
            <numerusform>%n Ereignis aus {path} zusammengeführt.</numerusform>
            <numerusform>%n Ereignisse aus {path} zusammengeführt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="405"/>
        <source>&amp;Accounts…</source>
        <translation>&amp;Konten …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="408"/>
        <source>Connect WordPress sites and Matrix rooms, live</source>
        <translation>WordPress-Websites und Matrix-Räume live verbinden</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="415"/>
        <source>Send waiting decisions to live accounts, then fetch what is new</source>
        <translation>Wartende Entscheidungen an Live-Konten senden, dann Neues abholen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="444"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="450"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="452"/>
        <source>&amp;Undo the last decision</source>
        <translation>Letzte Entscheidung &amp;rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="456"/>
        <source>Brings back what your last decision took from the queue (also U)</source>
        <translation>Holt zurück, was Ihre letzte Entscheidung aus der Warteschlange genommen hat (auch U)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="470"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="472"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="475"/>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="478"/>
        <source>Command palette…</source>
        <translation>Befehlspalette …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="487"/>
        <source>Go to {view}</source>
        <translation>Zu {view} wechseln</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="503"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="505"/>
        <source>Exports</source>
        <translation>Exporte</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="507"/>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="516"/>
        <source>Import folder</source>
        <translation>Ordner importieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/main_window.py" line="600"/>
        <source>%n open in the queue</source>
        <translation>
            <numerusform>%n offen in der Warteschlange</numerusform>
            <numerusform>%n offen in der Warteschlange</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/main_window.py" line="613"/>
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n Wiedervorlage fällig</numerusform>
            <numerusform>%n Wiedervorlagen fällig</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="652"/>
        <source>A sync is running already.</source>
        <translation>Es läuft bereits eine Synchronisation.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="698"/>
        <location filename="../../workbench/ui/main_window.py" line="705"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="724"/>
        <source>You now sign as {name}.</source>
        <translation>Sie zeichnen jetzt als {name}.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="818"/>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="819"/>
        <source>{app} {version}
A moderation workbench for community managers.</source>
        <translation>{app} {version}
Eine Moderationswerkbank für Community-Manager.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="859"/>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="436"/>
        <source>&amp;Back up database…</source>
        <translation>Datenbank &amp;sichern …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="437"/>
        <source>&amp;Restore from backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="462"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
</context>
<context>
    <name>Members</name>
    <message>
        <location filename="../../workbench/core/members/erase.py" line="244"/>
        <location filename="../../workbench/core/queue/items.py" line="117"/>
        <source>There is no member {id} in this database.</source>
        <translation>In dieser Datenbank gibt es kein Mitglied {id}.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/members/profile.py" line="44"/>
        <source>No member is called {key}.</source>
        <translation>Kein Mitglied heißt {key}.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/members/profile.py" line="47"/>
        <source>{key} names {count} members; write network:handle or the id.</source>
        <translation>{key} bezeichnet {count} Mitglieder; schreiben Sie netzwerk:handle oder die ID.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/members/roster.py" line="87"/>
        <source>&apos;{order}&apos; is no order; orders: {all}.</source>
        <translation>„{order}“ ist keine Sortierung; Sortierungen: {all}.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/members/roster.py" line="111"/>
        <source>&apos;{status}&apos; is no status; statuses: {all}.</source>
        <translation>„{status}“ ist kein Status; Status: {all}.</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../workbench/ui/pages/members_page.py" line="107"/>
        <source>Search members</source>
        <translation>Mitglieder durchsuchen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/members_page.py" line="108"/>
        <source>Search by name or handle</source>
        <translation>Nach Name oder Handle suchen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/members_page.py" line="119"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/members_page.py" line="123"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/members_page.py" line="124"/>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/members_page.py" line="125"/>
        <location filename="../../workbench/ui/pages/members_page.py" line="174"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/members_page.py" line="126"/>
        <location filename="../../workbench/ui/pages/members_page.py" line="169"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/members_page.py" line="127"/>
        <source>Items</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/members_page.py" line="128"/>
        <location filename="../../workbench/ui/pages/members_page.py" line="186"/>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/members_page.py" line="143"/>
        <source>Suggested links…</source>
        <translation>Vorgeschlagene Verknüpfungen …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/members_page.py" line="170"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/members_page.py" line="175"/>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/members_page.py" line="176"/>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/members_page.py" line="177"/>
        <source>Any rating</source>
        <translation>Jede Bewertung</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/members_page.py" line="179"/>
        <source>Rated {n} or more</source>
        <translation>Bewertet mit {n} oder mehr</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/members_page.py" line="180"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/members_page.py" line="181"/>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/members_page.py" line="183"/>
        <source>Active in the last {n} days</source>
        <translation>Aktiv in den letzten {n} Tagen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/members_page.py" line="184"/>
        <source>Sort by</source>
        <translation>Sortieren nach</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/members_page.py" line="187"/>
        <source>Most items</source>
        <translation>Meiste Beiträge</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/members_page.py" line="188"/>
        <source>Most notes</source>
        <translation>Meiste Notizen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/members_page.py" line="189"/>
        <source>Most interventions</source>
        <translation>Meiste Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/members_page.py" line="201"/>
        <source>All networks</source>
        <translation>Alle Netzwerke</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/members_page.py" line="202"/>
        <source>Any tag</source>
        <translation>Jedes Schlagwort</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/pages/members_page.py" line="260"/>
        <source>%n member(s) shown, more as you scroll</source>
        <translation>
            <numerusform>%n Mitglied angezeigt, weitere beim Scrollen</numerusform>
            <numerusform>%n Mitglieder angezeigt, weitere beim Scrollen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/pages/members_page.py" line="262"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../workbench/ui/dialogs/merge_dialog.py" line="49"/>
        <source>Import shared log</source>
        <translation>Geteiltes Protokoll importieren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/merge_dialog.py" line="64"/>
        <location filename="../../workbench/ui/dialogs/merge_dialog.py" line="169"/>
        <source>Checking {name}…</source>
        <translation>{name} wird geprüft …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/merge_dialog.py" line="75"/>
        <source>Whose key it is</source>
        <translation>Wessen Schlüssel es ist</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/merge_dialog.py" line="76"/>
        <source>&amp;Trust this key</source>
        <translation>Diesem Schlüssel &amp;vertrauen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/merge_dialog.py" line="82"/>
        <source>Key of</source>
        <translation>Schlüssel von</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/merge_dialog.py" line="93"/>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/merge_dialog.py" line="131"/>
        <source>&lt;b&gt;This bundle cannot be merged.&lt;/b&gt;&lt;br&gt;{why}</source>
        <translation>&lt;b&gt;Dieses Paket lässt sich nicht zusammenführen.&lt;/b&gt;&lt;br&gt;{why}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/merge_dialog.py" line="141"/>
        <source>&lt;b&gt;{name} signed this bundle with a key you have not trusted yet.&lt;/b&gt;&lt;br&gt;Compare its fingerprint with {name}, by phone or in a chat you trust, before you trust it:&lt;br&gt;&lt;br&gt;&lt;span style=&apos;font-family:monospace; font-size:14pt&apos;&gt;{hex}&lt;/span&gt;&lt;br&gt;&lt;i&gt;{words}&lt;/i&gt;</source>
        <translation>&lt;b&gt;{name} hat dieses Paket mit einem Schlüssel signiert, dem Sie noch nicht vertrauen.&lt;/b&gt;&lt;br&gt;Vergleichen Sie seinen Fingerabdruck mit {name}, am Telefon oder in einem Chat, dem Sie vertrauen, bevor Sie ihm vertrauen:&lt;br&gt;&lt;br&gt;&lt;span style=&apos;font-family:monospace; font-size:14pt&apos;&gt;{hex}&lt;/span&gt;&lt;br&gt;&lt;i&gt;{words}&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/dialogs/merge_dialog.py" line="180"/>
        <source>Erase them here too: %n member(s) your teammates erased ({names})</source>
        <translation>
            <numerusform>Auch hier löschen: %n Mitglied, das Ihr Team gelöscht hat ({names})</numerusform>
            <numerusform>Auch hier löschen: %n Mitglieder, die Ihr Team gelöscht hat ({names})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/merge_dialog.py" line="216"/>
        <source>{list}: + {target}: {after}</source>
        <translation>{list}: + {target}: {after}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/merge_dialog.py" line="218"/>
        <source>{list}: - {target}: {before} retracted</source>
        <translation>{list}: - {target}: {before} zurückgezogen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/merge_dialog.py" line="220"/>
        <source>{list}: {target}: {before} → {after}</source>
        <translation>{list}: {target}: {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/merge_dialog.py" line="225"/>
        <source>(you override it: {override})</source>
        <translation>(Sie übersteuern es: {override})</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/merge_dialog.py" line="232"/>
        <source>&lt;b&gt;{file}&lt;/b&gt;, signed by {name} (you trust this key as {trusted}&apos;s)</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt;, signiert von {name} (Sie vertrauen diesem Schlüssel als dem von {trusted})</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/merge_dialog.py" line="240"/>
        <source>Nothing new: your store holds all of it already.</source>
        <translation>Nichts Neues: Ihre Datenbank enthält schon alles.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/dialogs/merge_dialog.py" line="243"/>
        <source>&lt;b&gt;%n new event(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n neues Ereignis&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n neue Ereignisse&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/dialogs/merge_dialog.py" line="244"/>
        <source> (%n already here)</source>
        <translation>
            <numerusform> (%n schon vorhanden)</numerusform>
            <numerusform> (%n schon vorhanden)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/merge_dialog.py" line="251"/>
        <source>By kind: {kinds}</source>
        <translation>Nach Art: {kinds}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/merge_dialog.py" line="252"/>
        <source>By manager: {authors}</source>
        <translation>Nach Person: {authors}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/dialogs/merge_dialog.py" line="254"/>
        <source>Members: %n new</source>
        <translation>
            <numerusform>Mitglieder: %n neu</numerusform>
            <numerusform>Mitglieder: %n neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/dialogs/merge_dialog.py" line="255"/>
        <location filename="../../workbench/ui/dialogs/merge_dialog.py" line="259"/>
        <source>, %n matched with yours</source>
        <translation>
            <numerusform>, %n Ihren zugeordnet</numerusform>
            <numerusform>, %n Ihren zugeordnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/dialogs/merge_dialog.py" line="258"/>
        <source>Posts: %n new (an excerpt each)</source>
        <translation>
            <numerusform>Beiträge: %n neu (je ein Auszug)</numerusform>
            <numerusform>Beiträge: %n neu (je ein Auszug)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/dialogs/merge_dialog.py" line="264"/>
        <source>&lt;b&gt;%n intervention(s) were corrected both there and here&lt;/b&gt;: the latest correction is shown, marked ⚠ under Interventions until one of you corrects it again.</source>
        <translation>
            <numerusform>&lt;b&gt;%n Maßnahme wurde dort und hier zugleich korrigiert&lt;/b&gt;: Die neueste Korrektur wird gezeigt und unter Maßnahmen mit ⚠ markiert, bis einer von Ihnen sie noch einmal korrigiert.</numerusform>
            <numerusform>&lt;b&gt;%n Maßnahmen wurden dort und hier zugleich korrigiert&lt;/b&gt;: Die neueste Korrektur wird gezeigt und unter Maßnahmen mit ⚠ markiert, bis einer von Ihnen sie noch einmal korrigiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/merge_dialog.py" line="272"/>
        <source>&lt;b&gt;Watch lists you follow&lt;/b&gt; (carried out when you merge):</source>
        <translation>&lt;b&gt;Beobachtungslisten, denen Sie folgen&lt;/b&gt; (wird beim Zusammenführen umgesetzt):</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/dialogs/merge_dialog.py" line="277"/>
        <source>%n member(s) it names were erased here: they stay erased.</source>
        <translation>
            <numerusform>%n genanntes Mitglied wurde hier gelöscht: Es bleibt gelöscht.</numerusform>
            <numerusform>%n genannte Mitglieder wurden hier gelöscht: Sie bleiben gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/merge_dialog.py" line="283"/>
        <source>Some events are older than your newest: everything they decide is recomputed.</source>
        <translation>Einige Ereignisse sind älter als Ihr neuestes: Alles, was sie entscheiden, wird neu berechnet.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../workbench/ui/dialogs/note_dialog.py" line="21"/>
        <source>Note on {member}</source>
        <translation>Notiz zu {member}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/note_dialog.py" line="30"/>
        <location filename="../../workbench/ui/dialogs/note_dialog.py" line="44"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/note_dialog.py" line="34"/>
        <source>After this, the note leaves the profile, the queue and shared logs.</source>
        <translation>Danach verschwindet die Notiz aus dem Profil, der Warteschlange und geteilten Protokollen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/note_dialog.py" line="37"/>
        <source>For good</source>
        <translation>Dauerhaft</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/note_dialog.py" line="38"/>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/note_dialog.py" line="39"/>
        <source>90 days</source>
        <translation>90 Tage</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/note_dialog.py" line="40"/>
        <source>One year</source>
        <translation>Ein Jahr</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/note_dialog.py" line="43"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/note_dialog.py" line="45"/>
        <source>Keep it</source>
        <translation>Aufbewahren</translation>
    </message>
</context>
<context>
    <name>ObservationDialog</name>
    <message>
        <location filename="../../workbench/ui/dialogs/observation_dialog.py" line="52"/>
        <source>What happened since?</source>
        <translation>Was ist seitdem passiert?</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/observation_dialog.py" line="54"/>
        <source>Improved</source>
        <translation>Verbessert</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/observation_dialog.py" line="55"/>
        <source>No change</source>
        <translation>Keine Änderung</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/observation_dialog.py" line="56"/>
        <source>Worsened</source>
        <translation>Verschlechtert</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/observation_dialog.py" line="57"/>
        <source>Unclear</source>
        <translation>Unklar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/observation_dialog.py" line="63"/>
        <source>Choose what you saw…</source>
        <translation>Wählen Sie, was Sie gesehen haben …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/observation_dialog.py" line="66"/>
        <source>Choose an outcome to record the observation; none is chosen for you.</source>
        <translation>Wählen Sie ein Ergebnis, um die Beobachtung festzuhalten; es ist keines vorausgewählt.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/observation_dialog.py" line="72"/>
        <location filename="../../workbench/ui/dialogs/observation_dialog.py" line="108"/>
        <source>What you saw</source>
        <translation>Was Sie gesehen haben</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/observation_dialog.py" line="74"/>
        <source>Look again on</source>
        <translation>Wiedervorlage am</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/observation_dialog.py" line="84"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/observation_dialog.py" line="87"/>
        <source>Measured effect</source>
        <translation>Gemessene Wirkung</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/observation_dialog.py" line="89"/>
        <source>Measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/observation_dialog.py" line="89"/>
        <source>Before</source>
        <translation>Davor</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/observation_dialog.py" line="89"/>
        <source>After</source>
        <translation>Danach</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/observation_dialog.py" line="101"/>
        <source>Measured over</source>
        <translation>Gemessen über</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/observation_dialog.py" line="107"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/observation_dialog.py" line="140"/>
        <source>Items posted</source>
        <translation>Geschriebene Beiträge</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/observation_dialog.py" line="141"/>
        <source>Replies received</source>
        <translation>Erhaltene Antworten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/observation_dialog.py" line="142"/>
        <source>Members talked with</source>
        <translation>Gesprächspartner</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/observation_dialog.py" line="143"/>
        <source>Flagged or reported</source>
        <translation>Markiert oder gemeldet</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/observation_dialog.py" line="144"/>
        <source>Removals</source>
        <translation>Entfernungen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/observation_dialog.py" line="146"/>
        <source>Negative or critical (word list)</source>
        <translation>Negativ oder kritisch (Wortliste)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/observation_dialog.py" line="154"/>
        <source>Active members</source>
        <translation>Aktive Mitglieder</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/observation_dialog.py" line="159"/>
        <source>Items per day</source>
        <translation>Beiträge pro Tag</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/observation_dialog.py" line="164"/>
        <source>New members who posted</source>
        <translation>Neue Mitglieder, die geschrieben haben</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/observation_dialog.py" line="170"/>
        <source>Later items in the same threads</source>
        <translation>Spätere Beiträge in denselben Threads</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/observation_dialog.py" line="171"/>
        <source>Items about moderation in those threads</source>
        <translation>Beiträge über Moderation in diesen Threads</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/observation_dialog.py" line="172"/>
        <source>Items about moderation in the community</source>
        <translation>Beiträge über Moderation in der Community</translation>
    </message>
</context>
<context>
    <name>OfflineLabel</name>
    <message>
        <location filename="../../workbench/ui/tasks/team_store.py" line="99"/>
        <source>The team store&apos;s server does not answer; your changes land when it does.</source>
        <translation>Der Server des Team-Speichers antwortet nicht; Ihre Änderungen kommen an, sobald er es wieder tut.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/tasks/team_store.py" line="108"/>
        <source>offline: %n change(s) waiting</source>
        <translation>
            <numerusform>offline: %n Änderung wartet</numerusform>
            <numerusform>offline: %n Änderungen warten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/tasks/team_store.py" line="113"/>
        <source>A change made while offline was refused: {reason}</source>
        <translation>Eine offline gemachte Änderung wurde abgelehnt: {reason}</translation>
    </message>
</context>
<context>
    <name>OpenStoreDialog</name>
    <message>
        <location filename="../../workbench/ui/dialogs/open_store_dialog.py" line="60"/>
        <location filename="../../workbench/ui/dialogs/open_store_dialog.py" line="191"/>
        <source>Open store</source>
        <translation>Speicher öffnen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/open_store_dialog.py" line="69"/>
        <source>A laptop store: a file on this computer</source>
        <translation>Ein Laptop-Speicher: eine Datei auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/open_store_dialog.py" line="71"/>
        <source>A team store on a PostgreSQL server</source>
        <translation>Ein Team-Speicher auf einem PostgreSQL-Server</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/open_store_dialog.py" line="87"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/open_store_dialog.py" line="104"/>
        <source>The store&apos;s file</source>
        <translation>Die Datei des Speichers</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/open_store_dialog.py" line="106"/>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/open_store_dialog.py" line="131"/>
        <source>as kept in the keyring</source>
        <translation>wie im Schlüsselbund hinterlegt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/open_store_dialog.py" line="133"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/open_store_dialog.py" line="134"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/open_store_dialog.py" line="135"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/open_store_dialog.py" line="136"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/open_store_dialog.py" line="137"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/open_store_dialog.py" line="146"/>
        <source>A password typed here is kept in the system&apos;s keyring under this address once the store opens; it is never part of the address, which is all the window remembers.</source>
        <translation>Ein hier eingegebenes Passwort wird im Schlüsselbund des Systems unter dieser Adresse hinterlegt, sobald der Speicher geöffnet ist; es ist nie Teil der Adresse, und nur die merkt sich das Fenster.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/open_store_dialog.py" line="186"/>
        <source>Address: {url}</source>
        <translation>Adresse: {url}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/open_store_dialog.py" line="193"/>
        <source>Workbench stores (*.db);;All files (*)</source>
        <translation>Speicher der Werkbank (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/open_store_dialog.py" line="212"/>
        <source>user</source>
        <translation>den Benutzer</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/open_store_dialog.py" line="213"/>
        <source>server</source>
        <translation>den Server</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/open_store_dialog.py" line="214"/>
        <source>database</source>
        <translation>die Datenbank</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/open_store_dialog.py" line="219"/>
        <source>Fill in the {field}.</source>
        <translation>Geben Sie {field} an.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/open_store_dialog.py" line="224"/>
        <source>Connecting to {server}…</source>
        <translation>Verbinde mit {server} …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/open_store_dialog.py" line="265"/>
        <source>Choose the store&apos;s file.</source>
        <translation>Wählen Sie die Datei des Speichers.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/open_store_dialog.py" line="269"/>
        <source>There is no store at {path}.</source>
        <translation>Unter {path} gibt es keinen Speicher.</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <location filename="../../workbench/ui/pages/profile_view.py" line="73"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/profile_view.py" line="74"/>
        <source>Select a member.</source>
        <translation>Wählen Sie ein Mitglied.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/profile_view.py" line="80"/>
        <location filename="../../workbench/ui/pages/profile_view.py" line="218"/>
        <source>Items per week, with interventions</source>
        <translation>Beiträge pro Woche, mit Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/profile_view.py" line="84"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/profile_view.py" line="89"/>
        <source>Talks with</source>
        <translation>Spricht mit</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/profile_view.py" line="92"/>
        <location filename="../../workbench/ui/pages/profile_view.py" line="142"/>
        <source>Timeline</source>
        <translation>Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/profile_view.py" line="95"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/profile_view.py" line="95"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/profile_view.py" line="95"/>
        <source></source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/profile_view.py" line="95"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/profile_view.py" line="101"/>
        <source>Enter or double-click opens a post, a decided item or the item a note is on.</source>
        <translation>Eingabetaste oder Doppelklick öffnet einen Beitrag, einen entschiedenen Beitrag oder den Beitrag, an dem eine Notiz hängt.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/profile_view.py" line="104"/>
        <source>Show more</source>
        <translation>Mehr anzeigen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/profile_view.py" line="110"/>
        <source>post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/profile_view.py" line="111"/>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/profile_view.py" line="112"/>
        <source>decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/profile_view.py" line="113"/>
        <source>intervention</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/profile_view.py" line="114"/>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/profile_view.py" line="118"/>
        <source>Member actions</source>
        <translation>Aktionen zum Mitglied</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/profile_view.py" line="122"/>
        <source>New intervention…</source>
        <translation>Neue Maßnahme …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/profile_view.py" line="123"/>
        <source>Add note…</source>
        <translation>Notiz hinzufügen …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/profile_view.py" line="124"/>
        <source>Status…</source>
        <translation>Status …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/profile_view.py" line="125"/>
        <source>Add tag…</source>
        <translation>Schlagwort hinzufügen …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/profile_view.py" line="126"/>
        <source>Rate…</source>
        <translation>Bewerten …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/profile_view.py" line="127"/>
        <source>Unlink from their other networks</source>
        <translation>Von den anderen Netzwerken lösen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/profile_view.py" line="128"/>
        <source>Erase member…</source>
        <translation>Mitglied löschen …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/profile_view.py" line="140"/>
        <source>Talks with most</source>
        <translation>Spricht am meisten mit</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/profile_view.py" line="182"/>
        <source>{handle}: replies {to} from them, {back} to them</source>
        <translation>{handle}: {to} Antworten von ihm/ihr, {back} an ihn/sie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/profile_view.py" line="196"/>
        <source>Items</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/profile_view.py" line="197"/>
        <source>Interventions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/profile_view.py" line="237"/>
        <source>{items} items in {weeks} weeks, {interventions} interventions.</source>
        <translation>{items} Beiträge in {weeks} Wochen, {interventions} Maßnahmen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/profile_view.py" line="337"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/profile_view.py" line="345"/>
        <source>This member&apos;s status:</source>
        <translation>Status dieses Mitglieds:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/profile_view.py" line="358"/>
        <source>A member who has died</source>
        <translation>Ein verstorbenes Mitglied</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/profile_view.py" line="360"/>
        <source>Mark this member as memorialized? Their profile will say so plainly, automatic rules will no longer queue their content, and bulk actions will leave them out.</source>
        <translation>Dieses Mitglied als verstorben markieren? Sein Profil sagt es dann deutlich, automatische Regeln reihen seine Inhalte nicht mehr ein und Massenaktionen lassen es aus.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/profile_view.py" line="374"/>
        <source>takes part as usual; the queue treats their items like anyone&apos;s.</source>
        <translation>nimmt wie gewohnt teil; die Warteschlange behandelt die Beiträge wie die aller anderen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/profile_view.py" line="375"/>
        <source>keep an eye on them; their items come higher up in the queue.</source>
        <translation>im Auge behalten; die Beiträge rücken in der Warteschlange weiter nach oben.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/profile_view.py" line="377"/>
        <source>muted on the network; a record for the team, their items still come into the queue as usual.</source>
        <translation>im Netzwerk stummgeschaltet; ein Vermerk für das Team, die Beiträge kommen weiter wie gewohnt in die Warteschlange.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/profile_view.py" line="381"/>
        <source>banned from the network; a record for the team, items already imported stay where they are.</source>
        <translation>im Netzwerk gesperrt; ein Vermerk für das Team, bereits importierte Beiträge bleiben, wo sie sind.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/profile_view.py" line="384"/>
        <source>has left the community; a record, nothing changes in the queue.</source>
        <translation>hat die Community verlassen; ein Vermerk, in der Warteschlange ändert sich nichts.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/profile_view.py" line="386"/>
        <source>has died; the profile says so, rules no longer queue their items, bulk decisions leave them out, and interventions that address them as if alive ask first.</source>
        <translation>ist verstorben; das Profil sagt es, Regeln reihen die Beiträge nicht mehr ein, Massenentscheidungen lassen das Mitglied aus, und Maßnahmen, die es als lebend ansprechen, fragen erst nach.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/profile_view.py" line="411"/>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/profile_view.py" line="411"/>
        <source>Tag:</source>
        <translation>Schlagwort:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/profile_view.py" line="424"/>
        <location filename="../../workbench/ui/pages/profile_view.py" line="429"/>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/profile_view.py" line="424"/>
        <source>Dimension:</source>
        <translation>Kriterium:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/profile_view.py" line="429"/>
        <source>From 1 to 5:</source>
        <translation>Von 1 bis 5:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/profile_view.py" line="443"/>
        <location filename="../../workbench/ui/pages/profile_view.py" line="457"/>
        <location filename="../../workbench/ui/pages/profile_view.py" line="476"/>
        <location filename="../../workbench/ui/pages/profile_view.py" line="492"/>
        <location filename="../../workbench/ui/pages/profile_view.py" line="511"/>
        <source>Erase member</source>
        <translation>Mitglied löschen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/profile_view.py" line="445"/>
        <source>Erase {handle}? Their names, handle, e-mail and the text of their items and of notes about them are removed from this database for good. Decisions and interventions stay, attached to an anonymous placeholder.</source>
        <translation>{handle} löschen? Namen, Handle, E-Mail-Adresse und der Text der Beiträge und der Notizen zu diesem Mitglied werden endgültig aus dieser Datenbank entfernt. Entscheidungen und Maßnahmen bleiben, an einem anonymen Platzhalter.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/profile_view.py" line="455"/>
        <source>To confirm, type the handle {handle}:</source>
        <translation>Geben Sie zur Bestätigung das Handle {handle} ein:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/profile_view.py" line="464"/>
        <source>&apos;{typed}&apos; is not {handle}; nothing was erased. Type the handle {handle} to erase, or cancel:</source>
        <translation>„{typed}“ ist nicht {handle}; es wurde nichts gelöscht. Geben Sie zum Löschen das Handle {handle} ein, oder brechen Sie ab:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/profile_view.py" line="478"/>
        <source>{handle} is erased from the team store&apos;s tables. Its server keeps old copies in its files until its administrator runs VACUUM FULL on items, members, notes, events, interventions and mutes (it locks them while it runs), and in its write-ahead log, backups and replicas until they expire.</source>
        <translation>{handle} ist aus den Tabellen des Team-Speichers gelöscht. Sein Server behält alte Kopien in seinen Dateien, bis seine Administration VACUUM FULL auf items, members, notes, events, interventions und mutes ausführt (das sperrt sie, solange es läuft), und in seinem Write-Ahead-Log, seinen Sicherungen und Replikaten, bis sie ablaufen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/profile_view.py" line="494"/>
        <source>{handle} is erased, but another window or program is reading this store: old copies stay in its write-ahead log until it is closed. Close it, and they are gone.</source>
        <translation>{handle} ist gelöscht, aber ein anderes Fenster oder Programm liest diese Datenbank: Alte Kopien bleiben in ihrem Write-Ahead-Log, bis es geschlossen wird. Schließen Sie es, dann sind sie fort.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/profile_view.py" line="513"/>
        <source>Others name {handle}: in {posts} post(s) by other members and {texts} of your team&apos;s texts. Replace the name there with [erased] too?</source>
        <translation>Andere nennen {handle}: in {posts} Beitrag/Beiträgen anderer Mitglieder und {texts} Texten Ihres Teams. Den Namen dort auch durch [gelöscht] ersetzen?</translation>
    </message>
</context>
<context>
    <name>Pushes</name>
    <message>
        <location filename="../../workbench/core/live/pushes.py" line="112"/>
        <source>&apos;{state}&apos; is no push state; use one of: {states}.</source>
        <translation>„{state}“ ist kein Zustand einer Übertragung; verwenden Sie einen von: {states}.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/live/pushes.py" line="200"/>
        <source>A reply needs some text.</source>
        <translation>Eine Antwort braucht etwas Text.</translation>
    </message>
</context>
<context>
    <name>PushesPage</name>
    <message>
        <location filename="../../workbench/ui/pages/pushes_page.py" line="42"/>
        <source>Waiting and failed</source>
        <translation>Wartend und fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/pushes_page.py" line="48"/>
        <source>Pushes</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/pushes_page.py" line="52"/>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/pushes_page.py" line="53"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/pushes_page.py" line="54"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/pushes_page.py" line="55"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/pushes_page.py" line="56"/>
        <source>Item</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/pushes_page.py" line="57"/>
        <source>What the platform said</source>
        <translation>Was die Plattform gesagt hat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/pushes_page.py" line="66"/>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/pushes_page.py" line="69"/>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/pushes_page.py" line="73"/>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/pushes_page.py" line="122"/>
        <source>{waiting} waiting, {failed} failed. Waiting ones go out at the next sync.</source>
        <translation>{waiting} wartend, {failed} fehlgeschlagen. Wartende gehen bei der nächsten Synchronisation hinaus.</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <location filename="../../workbench/core/live/pushes.py" line="192"/>
        <location filename="../../workbench/core/queue/decisions.py" line="147"/>
        <location filename="../../workbench/core/queue/decisions.py" line="303"/>
        <location filename="../../workbench/core/queue/items.py" line="141"/>
        <source>There is no item {id} in this database.</source>
        <translation>In dieser Datenbank gibt es keinen Beitrag {id}.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/queue/decisions.py" line="57"/>
        <source>Item #{id} was already approved by {who} at {time}.</source>
        <translation>Beitrag #{id} wurde bereits um {time} von {who} freigegeben.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/queue/decisions.py" line="58"/>
        <source>Item #{id} was already removed by {who} at {time}.</source>
        <translation>Beitrag #{id} wurde bereits um {time} von {who} entfernt.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/queue/decisions.py" line="59"/>
        <source>Item #{id} was already escalated by {who} at {time}.</source>
        <translation>Beitrag #{id} wurde bereits um {time} von {who} eskaliert.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/queue/decisions.py" line="60"/>
        <source>Item #{id} was already ignored by {who} at {time}.</source>
        <translation>Beitrag #{id} wurde bereits um {time} von {who} ignoriert.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/queue/decisions.py" line="61"/>
        <source>Item #{id} is claimed by {who} (since {time}): theirs to decide.</source>
        <translation>Beitrag #{id} hat {who} übernommen (seit {time}): Die Entscheidung liegt dort.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/queue/decisions.py" line="65"/>
        <source>Item #{id} was already decided by {who} at {time}.</source>
        <translation>Über Beitrag #{id} hat {who} bereits um {time} entschieden.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/queue/decisions.py" line="87"/>
        <source>And {count} more items that others got to first.</source>
        <translation>Und {count} weitere Beiträge, bei denen andere schneller waren.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/queue/decisions.py" line="208"/>
        <source>&apos;{decision}&apos; is no decision; use one of: {choices}.</source>
        <translation>„{decision}“ ist keine Entscheidung; verwenden Sie eine von: {choices}.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/queue/decisions.py" line="307"/>
        <source>This item has no known author to mute.</source>
        <translation>Dieser Beitrag hat keinen bekannten Autor zum Stummschalten.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/queue/listing.py" line="194"/>
        <source>A part of the queue is K of N, with 1 &lt;= K &lt;= N &lt;= {most}; not {k} of {n}.</source>
        <translation>Ein Teil der Warteschlange ist K von N, mit 1 &lt;= K &lt;= N &lt;= {most}; nicht {k} von {n}.</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../workbench/ui/models/queue_model.py" line="74"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/queue_model.py" line="75"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/queue_model.py" line="76"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/queue_model.py" line="77"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/queue_model.py" line="78"/>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/queue_model.py" line="79"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/queue_model.py" line="80"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/queue_model.py" line="81"/>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/queue_model.py" line="84"/>
        <source>held</source>
        <translation>zurückgehalten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/queue_model.py" line="85"/>
        <source>reported</source>
        <translation>gemeldet</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/queue_model.py" line="86"/>
        <source>rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/queue_model.py" line="87"/>
        <source>duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/queue_model.py" line="88"/>
        <source>first post</source>
        <translation>erster Beitrag</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/queue_model.py" line="89"/>
        <source>burst</source>
        <translation>Häufung</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/queue_model.py" line="92"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/queue_model.py" line="93"/>
        <source>in review</source>
        <translation>in Prüfung</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/queue_model.py" line="94"/>
        <source>escalated</source>
        <translation>eskaliert</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/queue_model.py" line="95"/>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/queue_model.py" line="96"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/queue_model.py" line="97"/>
        <source>ignored</source>
        <translation>ignoriert</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models/queue_model.py" line="325"/>
        <source>Choose the order above the list: most urgent, newest or oldest first.</source>
        <translation>Wählen Sie die Reihenfolge über der Liste: dringendste, neueste oder älteste zuerst.</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="123"/>
        <source>Search the queue</source>
        <translation>Warteschlange durchsuchen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="125"/>
        <source>Search: words, also inside longer words; &quot;exact phrase&quot;, prefix*</source>
        <translation>Suche: Wörter, auch in längeren Wörtern; &quot;genaue Wortfolge&quot;, Anfang*</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="128"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="129"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="132"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="133"/>
        <source>Any reason</source>
        <translation>Jeder Grund</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="136"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="137"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="138"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="139"/>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="140"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="141"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="142"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="143"/>
        <source>Author status</source>
        <translation>Autorstatus</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="144"/>
        <source>Any author</source>
        <translation>Jeder Autor</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="146"/>
        <source>Author: {status}</source>
        <translation>Autor: {status}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="147"/>
        <source>Author tag</source>
        <translation>Schlagwort des Autors</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="148"/>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="149"/>
        <source>Most urgent first</source>
        <translation>Dringendste zuerst</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="150"/>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="151"/>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="154"/>
        <source>The order of the list, kept by the store as you scroll; a search lists the latest imported items first.</source>
        <translation>Die Reihenfolge der Liste, von der Datenbank beim Scrollen gehalten; eine Suche listet die zuletzt importierten Beiträge zuerst.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="182"/>
        <source>Moderation queue</source>
        <translation>Moderationswarteschlange</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="222"/>
        <source>Reply template</source>
        <translation>Antwortvorlage</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="223"/>
        <source>Copy reply</source>
        <translation>Antwort kopieren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="228"/>
        <source>Reply:</source>
        <translation>Antwort:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="279"/>
        <source>Next item</source>
        <translation>Nächster Beitrag</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="280"/>
        <source>Previous item</source>
        <translation>Vorheriger Beitrag</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="281"/>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="282"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="283"/>
        <source>Escalate</source>
        <translation>Eskalieren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="284"/>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="285"/>
        <source>Undo the last decision</source>
        <translation>Letzte Entscheidung rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="286"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="287"/>
        <source>Check for a bulk decision</source>
        <translation>Für eine Massenentscheidung auswählen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="288"/>
        <source>Check or uncheck this item</source>
        <translation>Diesen Beitrag aus- oder abwählen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="289"/>
        <source>Check all items shown</source>
        <translation>Alle angezeigten Beiträge auswählen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="290"/>
        <source>Clear the checks / back to the list</source>
        <translation>Auswahl aufheben / zurück zur Liste</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="291"/>
        <source>Note the author…</source>
        <translation>Notiz zum Autor …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="292"/>
        <source>Claim (assign to me)</source>
        <translation>Übernehmen (mir zuweisen)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="293"/>
        <source>Release my claim</source>
        <translation>Meine Übernahme freigeben</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="294"/>
        <source>New intervention on the author…</source>
        <translation>Neue Maßnahme zum Autor …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="295"/>
        <source>File in an incident…</source>
        <translation>In einem Vorfall ablegen …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="296"/>
        <source>Mute this thread…</source>
        <translation>Diesen Thread stummschalten …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="297"/>
        <source>Mute this author…</source>
        <translation>Diesen Autor stummschalten …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="300"/>
        <source>Spam (removed, and marked so on the platform)</source>
        <translation>Spam (entfernt und auf der Plattform so markiert)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="329"/>
        <source>All networks</source>
        <translation>Alle Netzwerke</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="332"/>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="334"/>
        <source>Any tag</source>
        <translation>Jedes Schlagwort</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="334"/>
        <source>Tag: {tag}</source>
        <translation>Schlagwort: {tag}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="353"/>
        <source>Reply copied: paste it on {network}.</source>
        <translation>Antwort kopiert: Fügen Sie sie auf {network} ein.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/pages/queue_page.py" line="484"/>
        <source>%n item(s) checked — Esc clears</source>
        <translation>
            <numerusform>%n Beitrag ausgewählt – Esc hebt auf</numerusform>
            <numerusform>%n Beiträge ausgewählt – Esc hebt auf</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="486"/>
        <source>Check items (X, Space, Ctrl+click) to decide on them at once.</source>
        <translation>Wählen Sie Beiträge aus (X, Leertaste, Strg+Klick), um über sie gemeinsam zu entscheiden.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="507"/>
        <source>The queue could not be read: {problem}</source>
        <translation>Die Warteschlange ließ sich nicht lesen: {problem}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/pages/queue_page.py" line="625"/>
        <source>%n item(s) by memorialized members were left out.</source>
        <translation>
            <numerusform>%n Beitrag eines verstorbenen Mitglieds wurde ausgelassen.</numerusform>
            <numerusform>%n Beiträge verstorbener Mitglieder wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="636"/>
        <source>Not recorded: {conflicts}</source>
        <translation>Nicht aufgezeichnet: {conflicts}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/pages/queue_page.py" line="641"/>
        <source>Approved %n item(s) by {who} — U undoes.</source>
        <translation>
            <numerusform>%n Beitrag von {who} freigegeben – U macht es rückgängig.</numerusform>
            <numerusform>%n Beiträge von {who} freigegeben – U macht es rückgängig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/pages/queue_page.py" line="643"/>
        <source>Removed %n item(s) by {who} — U undoes.</source>
        <translation>
            <numerusform>%n Beitrag von {who} entfernt – U macht es rückgängig.</numerusform>
            <numerusform>%n Beiträge von {who} entfernt – U macht es rückgängig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/pages/queue_page.py" line="645"/>
        <source>Escalated %n item(s) by {who} — U undoes.</source>
        <translation>
            <numerusform>%n Beitrag von {who} eskaliert – U macht es rückgängig.</numerusform>
            <numerusform>%n Beiträge von {who} eskaliert – U macht es rückgängig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/pages/queue_page.py" line="647"/>
        <source>Ignored %n item(s) by {who} — U undoes.</source>
        <translation>
            <numerusform>%n Beitrag von {who} ignoriert – U macht es rückgängig.</numerusform>
            <numerusform>%n Beiträge von {who} ignoriert – U macht es rückgängig.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="654"/>
        <source>nobody</source>
        <translation>niemandem</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="655"/>
        <source>an unknown author</source>
        <translation>einem unbekannten Autor</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/pages/queue_page.py" line="658"/>
        <source>{first} and %n other(s)</source>
        <translation>
            <numerusform>{first} und %n weiteres Mitglied</numerusform>
            <numerusform>{first} und %n weiteren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="670"/>
        <source>You have no decision to undo.</source>
        <translation>Sie haben keine Entscheidung, die sich rückgängig machen ließe.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/pages/queue_page.py" line="683"/>
        <source>Brought back %n removed item(s).</source>
        <translation>
            <numerusform>%n entfernter Beitrag zurückgeholt.</numerusform>
            <numerusform>%n entfernte Beiträge zurückgeholt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/pages/queue_page.py" line="685"/>
        <source>Brought back %n approved item(s).</source>
        <translation>
            <numerusform>%n freigegebener Beitrag zurückgeholt.</numerusform>
            <numerusform>%n freigegebene Beiträge zurückgeholt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/pages/queue_page.py" line="687"/>
        <source>Brought back %n ignored item(s).</source>
        <translation>
            <numerusform>%n ignorierter Beitrag zurückgeholt.</numerusform>
            <numerusform>%n ignorierte Beiträge zurückgeholt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/pages/queue_page.py" line="688"/>
        <source>Took back the escalation of %n item(s).</source>
        <translation>
            <numerusform>Eskalation von %n Beitrag zurückgenommen.</numerusform>
            <numerusform>Eskalation von %n Beiträgen zurückgenommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/pages/queue_page.py" line="716"/>
        <source>Released %n item(s): anyone may claim them now.</source>
        <translation>
            <numerusform>%n Beitrag freigegeben: Jetzt kann ihn jeder übernehmen.</numerusform>
            <numerusform>%n Beiträge freigegeben: Jetzt kann sie jeder übernehmen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/pages/queue_page.py" line="720"/>
        <source>Claimed %n item(s): they are assigned to you now.</source>
        <translation>
            <numerusform>%n Beitrag übernommen: Er ist jetzt Ihnen zugewiesen.</numerusform>
            <numerusform>%n Beiträge übernommen: Sie sind jetzt Ihnen zugewiesen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="730"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="731"/>
        <source>3 days</source>
        <translation>3 Tage</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="732"/>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="733"/>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="735"/>
        <source>Mute this thread</source>
        <translation>Diesen Thread stummschalten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="735"/>
        <source>Mute this author</source>
        <translation>Diesen Autor stummschalten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="737"/>
        <source>New items stay out of the queue for:</source>
        <translation>Neue Beiträge bleiben der Warteschlange fern für:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="744"/>
        <source>Muted this thread for {time}: new items stay out of the queue.</source>
        <translation>Thread für {time} stummgeschaltet: Neue Beiträge bleiben der Warteschlange fern.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="746"/>
        <source>Muted {author} for {time}: new items stay out of the queue.</source>
        <translation>{author} für {time} stummgeschaltet: Neue Beiträge bleiben der Warteschlange fern.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="747"/>
        <source>the author</source>
        <translation>den Autor</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="765"/>
        <location filename="../../workbench/ui/pages/queue_page.py" line="833"/>
        <source>This item has no known author.</source>
        <translation>Dieser Beitrag hat keinen bekannten Autor.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="785"/>
        <source>Intervention logged on {who}.</source>
        <translation>Maßnahme zu {who} protokolliert.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="795"/>
        <source>New incident…</source>
        <translation>Neuer Vorfall …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="798"/>
        <source>File in an incident</source>
        <translation>In einem Vorfall ablegen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/pages/queue_page.py" line="799"/>
        <source>%n item(s) and their authors go into:</source>
        <translation>
            <numerusform>%n Beitrag und sein Autor kommen in:</numerusform>
            <numerusform>%n Beiträge und ihre Autoren kommen in:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="809"/>
        <source>New incident</source>
        <translation>Neuer Vorfall</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="809"/>
        <source>What is happening? (a short title)</source>
        <translation>Was passiert gerade? (ein kurzer Titel)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/pages/queue_page.py" line="820"/>
        <source>Filed %n item(s) and their authors in “{incident}”.</source>
        <translation>
            <numerusform>%n Beitrag und sein Autor in „{incident}“ abgelegt.</numerusform>
            <numerusform>%n Beiträge und ihre Autoren in „{incident}“ abgelegt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="857"/>
        <source>Note saved on {author}.</source>
        <translation>Notiz zu {author} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/queue_page.py" line="861"/>
        <source>Not recorded: {problem}</source>
        <translation>Nicht festgehalten: {problem}</translation>
    </message>
</context>
<context>
    <name>Ratings</name>
    <message>
        <location filename="../../workbench/core/members/ratings_import.py" line="45"/>
        <source>{file} cannot be read as UTF-8 text: {problem}</source>
        <translation>{file} lässt sich nicht als UTF-8-Text lesen: {problem}</translation>
    </message>
    <message>
        <location filename="../../workbench/core/members/ratings_import.py" line="55"/>
        <source>{file} lacks the column(s) {missing}; it needs {columns}.</source>
        <translation>{file} fehlen die Spalten {missing}; nötig sind {columns}.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/members/ratings_import.py" line="64"/>
        <source>{file}, line {line}</source>
        <translation>{file}, Zeile {line}</translation>
    </message>
    <message>
        <location filename="../../workbench/core/members/ratings_import.py" line="74"/>
        <source>&apos;{name}&apos; is no rating dimension of the team; add it first</source>
        <translation>„{name}“ ist kein Bewertungskriterium des Teams; fügen Sie es zuerst hinzu</translation>
    </message>
</context>
<context>
    <name>References</name>
    <message>
        <location filename="../../workbench/core/refs.py" line="48"/>
        <source>There is no {what} {id} in this database.</source>
        <translation>In dieser Datenbank gibt es kein {what} {id}.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../workbench/core/queue/rule_matchers.py" line="55"/>
        <source>List at least one word, separated by commas.</source>
        <translation>Nennen Sie mindestens ein Wort, durch Kommas getrennt.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/queue/rule_matchers.py" line="64"/>
        <source>The regular expression cannot be read: {problem}.</source>
        <translation>Der reguläre Ausdruck lässt sich nicht lesen: {problem}.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/queue/rule_matchers.py" line="72"/>
        <source>The share of capitals is between 0 and 1.</source>
        <translation>Der Anteil der Großbuchstaben liegt zwischen 0 und 1.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/queue/rule_matchers.py" line="78"/>
        <source>A rule needs a name.</source>
        <translation>Eine Regel braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/queue/rule_matchers.py" line="81"/>
        <source>&apos;{kind}&apos; is no kind of rule; kinds: {kinds}.</source>
        <translation>„{kind}“ ist keine Art von Regel; Arten: {kinds}.</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../workbench/ui/dialogs/rules_dialog.py" line="114"/>
        <location filename="../../workbench/ui/dialogs/rules_dialog.py" line="128"/>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/rules_dialog.py" line="120"/>
        <source>Keywords (comma separated)</source>
        <translation>Schlüsselwörter (durch Kommas getrennt)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/rules_dialog.py" line="121"/>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/rules_dialog.py" line="122"/>
        <source>At least this many links</source>
        <translation>Mindestens so viele Links</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/rules_dialog.py" line="123"/>
        <source>Share of capital letters</source>
        <translation>Anteil der Großbuchstaben</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/rules_dialog.py" line="129"/>
        <source>New rule</source>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/rules_dialog.py" line="131"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/rules_dialog.py" line="153"/>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/rules_dialog.py" line="156"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/rules_dialog.py" line="157"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/rules_dialog.py" line="158"/>
        <source>Words or pattern</source>
        <translation>Wörter oder Muster</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/rules_dialog.py" line="159"/>
        <source>Number or share</source>
        <translation>Anzahl oder Anteil</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/rules_dialog.py" line="161"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/rules_dialog.py" line="163"/>
        <source>Save and check all items</source>
        <translation>Speichern und alle Beiträge prüfen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/rules_dialog.py" line="174"/>
        <source>Items the rule would flag</source>
        <translation>Beiträge, die die Regel markieren würde</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/rules_dialog.py" line="212"/>
        <source>{name} (off)</source>
        <translation>{name} (aus)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/rules_dialog.py" line="271"/>
        <source>Would flag none of the newest {scanned} items.</source>
        <translation>Würde keinen der neuesten {scanned} Beiträge markieren.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/rules_dialog.py" line="274"/>
        <source>Would flag {flagged} of the newest {scanned} items; the first {shown} are listed (the words that match are marked).</source>
        <translation>Würde {flagged} der neuesten {scanned} Beiträge markieren; die ersten {shown} sind aufgeführt (passende Wörter sind hervorgehoben).</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/rules_dialog.py" line="279"/>
        <source>Would flag {flagged} of the newest {scanned} items (the words that match are marked).</source>
        <translation>Würde {flagged} der neuesten {scanned} Beiträge markieren (passende Wörter sind hervorgehoben).</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/rules_dialog.py" line="302"/>
        <source>Checking every item against the rules…</source>
        <translation>Alle Beiträge werden mit den Regeln abgeglichen …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/dialogs/rules_dialog.py" line="326"/>
        <source>%n item(s) match the rules now.</source>
        <translation>
            <numerusform>%n Beitrag passt jetzt zu den Regeln.</numerusform>
            <numerusform>%n Beiträge passen jetzt zu den Regeln.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafeHtml</name>
    <message>
        <location filename="../../workbench/core/safe_html.py" line="74"/>
        <source>image</source>
        <translation>Bild</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../workbench/core/queue/search.py" line="74"/>
        <source>A single letter (&quot;{letter}&quot;) cannot be searched: type two letters or more, or put it in a phrase (&quot;vitamin c&quot;).</source>
        <translation>Ein einzelner Buchstabe („{letter}“) lässt sich nicht suchen: Geben Sie zwei oder mehr Buchstaben ein oder setzen Sie ihn in eine Wortfolge (&quot;Vitamin C&quot;).</translation>
    </message>
    <message>
        <location filename="../../workbench/core/queue/search.py" line="95"/>
        <source>A quotation mark is not closed: write &quot;exact phrase&quot; in pairs.</source>
        <translation>Ein Anführungszeichen ist nicht geschlossen: Schreiben Sie &quot;genaue Wortfolge&quot; paarweise.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/queue/search.py" line="139"/>
        <source>The search cannot be read ({problem}). Use words, &quot;exact phrases&quot;, prefix* and AND, OR, NOT between words.</source>
        <translation>Die Suche lässt sich nicht lesen ({problem}). Verwenden Sie Wörter, &quot;genaue Wortfolgen&quot;, Anfang* und AND, OR, NOT zwischen Wörtern.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../workbench/core/settings.py" line="76"/>
        <source>No manager name is set yet; set it with &apos;workbench whoami NAME&apos;.</source>
        <translation>Es ist noch kein Name für Sie festgelegt; legen Sie ihn mit „workbench whoami NAME“ fest.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/settings.py" line="86"/>
        <source>The manager&apos;s name must not be empty.</source>
        <translation>Der Name der Managerin oder des Managers darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/settings.py" line="89"/>
        <source>The manager&apos;s name is longer than 80 characters.</source>
        <translation>Der Name der Managerin oder des Managers ist länger als 80 Zeichen.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/settings.py" line="109"/>
        <source>Setting {field}: {problem}</source>
        <translation>Einstellung {field}: {problem}</translation>
    </message>
    <message>
        <location filename="../../workbench/core/settings.py" line="123"/>
        <source>&apos;{value}&apos; is no language of the workbench (en, de).</source>
        <translation>„{value}“ ist keine Sprache der Werkbank (en, de).</translation>
    </message>
    <message>
        <location filename="../../workbench/core/settings.py" line="134"/>
        <source>&apos;{value}&apos; is no time zone; write it like Europe/Berlin.</source>
        <translation>„{value}“ ist keine Zeitzone; schreiben Sie sie wie Europe/Berlin.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/settings.py" line="144"/>
        <source>{value} is not between {low} and {high}.</source>
        <translation>{value} liegt nicht zwischen {low} und {high}.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/settings.py" line="153"/>
        <source>&apos;{value}&apos; is no absolute folder path.</source>
        <translation>„{value}“ ist kein absoluter Ordnerpfad.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/settings.py" line="186"/>
        <source>Cannot read the settings file {path}: {problem}</source>
        <translation>Die Einstellungsdatei {path} lässt sich nicht lesen: {problem}</translation>
    </message>
    <message>
        <location filename="../../workbench/core/settings.py" line="192"/>
        <source>The settings file {path} does not hold a JSON object.</source>
        <translation>Die Einstellungsdatei {path} enthält kein JSON-Objekt.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/settings.py" line="205"/>
        <source>The settings file {path}: {field} must be {kind}, not {value}.</source>
        <translation>Die Einstellungsdatei {path}: {field} muss {kind} sein, nicht {value}.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/settings.py" line="220"/>
        <source>The settings file {path}: {problem}</source>
        <translation>Die Einstellungsdatei {path}: {problem}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../workbench/ui/dialogs/settings_dialog.py" line="188"/>
        <source> backups</source>
        <translation> Sicherungen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/settings_dialog.py" line="135"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/settings_dialog.py" line="155"/>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/settings_dialog.py" line="181"/>
        <source>&amp;Back up the database every day</source>
        <translation>Die Datenbank täglich &amp;sichern</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/settings_dialog.py" line="167"/>
        <source>&amp;Data folder:</source>
        <translation>&amp;Datenordner:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/settings_dialog.py" line="190"/>
        <source>&amp;Keep the newest:</source>
        <translation>Die neuesten &amp;behalten:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/settings_dialog.py" line="106"/>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/settings_dialog.py" line="147"/>
        <source>&amp;Sync live accounts by themselves</source>
        <translation>Live-Konten &amp;von selbst synchronisieren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/settings_dialog.py" line="125"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/settings_dialog.py" line="174"/>
        <source>A new data folder takes effect at the next start; the database open now stays where it is.</source>
        <translation>Ein neuer Datenordner gilt ab dem nächsten Start; die jetzt geöffnete Datenbank bleibt, wo sie ist.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/settings_dialog.py" line="107"/>
        <source>A new language takes effect at the next start.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/settings_dialog.py" line="193"/>
        <source>Backup &amp;folder:</source>
        <translation>Sicherungs&amp;ordner:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/settings_dialog.py" line="218"/>
        <source>Choose a folder</source>
        <translation>Ordner wählen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/settings_dialog.py" line="207"/>
        <source>Choose…</source>
        <translation>Wählen …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/settings_dialog.py" line="163"/>
        <source>Data and backups</source>
        <translation>Daten und Sicherungen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/settings_dialog.py" line="124"/>
        <source>Every time the window shows is in this zone</source>
        <translation>Alle Zeiten im Fenster stehen in dieser Zone</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/settings_dialog.py" line="129"/>
        <source>Follow-ups and live accounts</source>
        <translation>Wiedervorlagen und Live-Konten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/settings_dialog.py" line="146"/>
        <source>Follow-ups fall &amp;due at:</source>
        <translation>Wiedervorlagen &amp;fällig um:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/settings_dialog.py" line="138"/>
        <source>For kinds of intervention that set no follow-up of their own</source>
        <translation>Für Arten von Maßnahmen, die selbst keine Wiedervorlage setzen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/settings_dialog.py" line="140"/>
        <source>Look again &amp;after:</source>
        <translation>&amp;Wiedervorlage nach:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/settings_dialog.py" line="44"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/settings_dialog.py" line="159"/>
        <source>Sync &amp;every:</source>
        <translation>Synchronisieren &amp;alle:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/settings_dialog.py" line="71"/>
        <source>The name that signs what you record, as your team sees it</source>
        <translation>Der Name, der Ihre Einträge zeichnet, wie Ihr Team ihn sieht</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/settings_dialog.py" line="114"/>
        <source>The system&apos;s ({zone})</source>
        <translation>Die des Systems ({zone})</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/settings_dialog.py" line="100"/>
        <source>The system&apos;s language</source>
        <translation>Die Sprache des Systems</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/settings_dialog.py" line="66"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/settings_dialog.py" line="72"/>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/settings_dialog.py" line="76"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/settings_dialog.py" line="81"/>
        <source>no split</source>
        <translation>keine Teilung</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/settings_dialog.py" line="85"/>
        <source>of</source>
        <translation>von</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/settings_dialog.py" line="90"/>
        <source>On a shift, managers split the open queue by author: each works their part, and no two answer the same member (the sidebar&apos;s My part of the queue)</source>
        <translation>In einer Schicht teilen die Manager die offene Warteschlange nach Autor: Jeder bearbeitet seinen Teil, und nie antworten zwei demselben Mitglied (in der Seitenleiste: Mein Teil der Warteschlange)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/settings_dialog.py" line="94"/>
        <source>My &amp;part of the queue:</source>
        <translation>Mein &amp;Teil der Warteschlange:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/settings_dialog.py" line="195"/>
        <source>a “backups” folder in the data folder</source>
        <translation>ein Ordner „backups“ im Datenordner</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/settings_dialog.py" line="154"/>
        <source>each account&apos;s own interval</source>
        <translation>das eigene Intervall jedes Kontos</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/settings_dialog.py" line="134"/>
        <source>no follow-up</source>
        <translation>keine Wiedervorlage</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../workbench/ui/dialogs/share_dialog.py" line="47"/>
        <location filename="../../workbench/ui/dialogs/share_dialog.py" line="147"/>
        <source>Share log</source>
        <translation>Protokoll teilen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/share_dialog.py" line="53"/>
        <source>A signed bundle of what was recorded here, for your teammates to merge into their stores (File → Import shared log…). It holds the events, and of members and posts only what the events name: handles, names and a short excerpt.</source>
        <translation>Ein signiertes Paket mit dem hier Festgehaltenen, das Ihr Team in seine Datenbanken zusammenführen kann (Datei → Geteiltes Protokoll importieren …). Es enthält die Ereignisse und von Mitgliedern und Beiträgen nur, was die Ereignisse nennen: Handles, Namen und einen kurzen Auszug.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/share_dialog.py" line="60"/>
        <source>Everything recorded</source>
        <translation>Alles Festgehaltene</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/share_dialog.py" line="72"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/share_dialog.py" line="75"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/share_dialog.py" line="80"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/share_dialog.py" line="85"/>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/share_dialog.py" line="88"/>
        <source>Recorded by</source>
        <translation>Festgehalten von</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/share_dialog.py" line="89"/>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/share_dialog.py" line="91"/>
        <source>Pseudonymize: members, posts and notes as the team secret&apos;s keyed hashes</source>
        <translation>Pseudonymisieren: Mitglieder, Beiträge und Notizen als Schlüssel-Hashes des Team-Geheimnisses</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/share_dialog.py" line="98"/>
        <source>Needs the team&apos;s secret: workbench team secret --new, or --set</source>
        <translation>Braucht das Team-Geheimnis: workbench team secret --new oder --set</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/share_dialog.py" line="104"/>
        <source>Signed with</source>
        <translation>Signiert mit</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/share_dialog.py" line="121"/>
        <source>a key of your own, made now and kept in the keyring</source>
        <translation>einem eigenen Schlüssel, jetzt erzeugt und im Schlüsselbund aufbewahrt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/share_dialog.py" line="144"/>
        <source>team-log</source>
        <translation>team-protokoll</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/share_dialog.py" line="149"/>
        <source>Log bundles (*{suffix})</source>
        <translation>Protokollpakete (*{suffix})</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../workbench/ui/dialogs/shortcuts_dialog.py" line="110"/>
        <location filename="../../workbench/ui/dialogs/shortcuts_dialog.py" line="119"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/shortcuts_dialog.py" line="114"/>
        <source>Find a shortcut</source>
        <translation>Tastenkürzel suchen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/shortcuts_dialog.py" line="115"/>
        <source>Find an action or a key…</source>
        <translation>Aktion oder Taste suchen …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/shortcuts_dialog.py" line="120"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/shortcuts_dialog.py" line="120"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <location filename="../../workbench/core/sources.py" line="49"/>
        <source>The source &apos;{name}&apos; holds {kind} data; choose another name for {new_kind} data.</source>
        <translation>Die Quelle „{name}“ enthält Daten der Art {kind}; wählen Sie für Daten der Art {new_kind} einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <location filename="../../workbench/ui/pages/sources_page.py" line="46"/>
        <source>Connected sources</source>
        <translation>Verbundene Quellen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/sources_page.py" line="50"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/sources_page.py" line="51"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/sources_page.py" line="52"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/sources_page.py" line="53"/>
        <source>Items</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/sources_page.py" line="54"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/sources_page.py" line="55"/>
        <source>Open in the queue</source>
        <translation>Offen in der Warteschlange</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/sources_page.py" line="56"/>
        <source>Newest post</source>
        <translation>Neuester Beitrag</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/sources_page.py" line="57"/>
        <source>Last import</source>
        <translation>Letzter Import</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/sources_page.py" line="62"/>
        <source>Enter or a double-click shows the source&apos;s items</source>
        <translation>Eingabetaste oder Doppelklick zeigt die Beiträge der Quelle</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/sources_page.py" line="69"/>
        <source>Show in the queue</source>
        <translation>In der Warteschlange zeigen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/sources_page.py" line="72"/>
        <source>Show members</source>
        <translation>Mitglieder zeigen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/sources_page.py" line="75"/>
        <source>Import…</source>
        <translation>Importieren …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/sources_page.py" line="94"/>
        <source>Counting…</source>
        <translation>Wird gezählt …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/sources_page.py" line="107"/>
        <source>Made-up demo data</source>
        <translation>Erfundene Demodaten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/sources_page.py" line="108"/>
        <source>WordPress account (live)</source>
        <translation>WordPress-Konto (live)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/sources_page.py" line="109"/>
        <source>Matrix account (live)</source>
        <translation>Matrix-Konto (live)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/sources_page.py" line="138"/>
        <source>No sources yet. Import an export with File → Import… (Ctrl+O).</source>
        <translation>Noch keine Quellen. Importieren Sie einen Export mit Datei → Importieren … (Strg+O).</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../../workbench/core/store/postgres/engine.py" line="192"/>
        <source>The server of {location} refused the password; nothing was written. Check the password the keyring keeps for it.</source>
        <translation>Der Server von {location} hat das Passwort abgelehnt; nichts wurde geschrieben. Prüfen Sie das Passwort, das der Schlüsselbund dafür aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/store/postgres/engine.py" line="198"/>
        <source>{location} does not exist on its server: ask the administrator to create the database, then run workbench team-store init URL.</source>
        <translation>{location} gibt es auf dem Server nicht: Bitten Sie die Administration, die Datenbank anzulegen, und führen Sie dann workbench team-store init URL aus.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/store/postgres/engine.py" line="204"/>
        <source>The server of {location} does not answer; nothing was written. Check that it runs and the network reaches it, or open your laptop store.</source>
        <translation>Der Server von {location} antwortet nicht; nichts wurde geschrieben. Prüfen Sie, ob er läuft und das Netz ihn erreicht, oder öffnen Sie Ihren Speicher auf dem Laptop.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/store/postgres/engine.py" line="85"/>
        <source>{location} names no database: write postgresql://user@host/database.</source>
        <translation>{location} nennt keine Datenbank: Schreiben Sie postgresql://benutzer@host/datenbank.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/store/postgres/engine.py" line="140"/>
        <source>{location} holds another program&apos;s data (tables: {tables}); the workbench leaves it untouched. Give the team store a database of its own.</source>
        <translation>{location} enthält Daten eines anderen Programms (Tabellen: {tables}); die Werkbank lässt sie unberührt. Geben Sie dem Team-Speicher eine eigene Datenbank.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/store/postgres/engine.py" line="148"/>
        <source>{location} holds no workbench store yet: run workbench team-store init URL.</source>
        <translation>{location} enthält noch keinen Speicher der Werkbank: Führen Sie workbench team-store init URL aus.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/store/postgres/engine.py" line="210"/>
        <source>{location} is busy: another manager&apos;s write (an import) holds it; nothing was written. Try again when it has finished.</source>
        <translation>{location} ist belegt: Ein anderer Schreibvorgang (ein Import) hält ihn; nichts wurde geschrieben. Versuchen Sie es erneut, wenn er fertig ist.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/store/postgres/engine.py" line="216"/>
        <source>Cannot use {location}: {problem}</source>
        <translation>{location} kann nicht benutzt werden: {problem}</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/team_store.py" line="27"/>
        <location filename="../../workbench/core/store/postgres/engine.py" line="81"/>
        <source>{location} is not a database URL.</source>
        <translation>{location} ist keine Datenbank-URL.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/store/store.py" line="55"/>
        <source>{location} is a team store on a server, not a file.</source>
        <translation>{location} ist ein Team-Speicher auf einem Server, keine Datei.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/store/backup.py" line="63"/>
        <location filename="../../workbench/core/store/store.py" line="187"/>
        <source>There is no database at {path}.</source>
        <translation>Unter {path} gibt es keine Datenbank.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/store/backup.py" line="67"/>
        <location filename="../../workbench/core/store/sqlite/engine.py" line="38"/>
        <source>The folder {path} does not exist.</source>
        <translation>Den Ordner {path} gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/store/lock.py" line="69"/>
        <source>{path} is open in a workbench window (process {pid}); close it there first.</source>
        <translation>{path} ist in einem Fenster der Werkbank geöffnet (Prozess {pid}); schließen Sie es dort zuerst.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/store/migrate.py" line="102"/>
        <source>{path} was written by a newer version of Community Workbench (schema {revision}); this version leaves it untouched. Please update the workbench to open it.</source>
        <translation>{path} wurde von einer neueren Version von Community Workbench geschrieben (Schema {revision}); diese Version lässt die Datei unberührt. Bitte aktualisieren Sie die Werkbank, um sie zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/store/sqlite/engine.py" line="33"/>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/store/sqlite/engine.py" line="46"/>
        <source>Cannot read {path}: {problem}</source>
        <translation>{path} lässt sich nicht lesen: {problem}</translation>
    </message>
    <message>
        <location filename="../../workbench/core/store/sqlite/engine.py" line="52"/>
        <source>{path} is not a workbench database (not an SQLite file).</source>
        <translation>{path} ist keine Datenbank der Werkbank (keine SQLite-Datei).</translation>
    </message>
    <message>
        <location filename="../../workbench/core/store/sqlite/engine.py" line="81"/>
        <source>{path} holds another program&apos;s data (tables: {tables}); the workbench leaves it untouched. Choose a new file for a workbench store.</source>
        <translation>{path} enthält Daten eines anderen Programms (Tabellen: {tables}); die Werkbank lässt die Datei unberührt. Wählen Sie eine neue Datei für eine Datenbank der Werkbank.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/store/sqlite/engine.py" line="119"/>
        <source>{path} is damaged ({problem}); nothing was written. Restore a backup, or rescue what is readable with: sqlite3 {name} .recover</source>
        <translation>{path} ist beschädigt ({problem}); es wurde nichts geschrieben. Stellen Sie eine Sicherung wieder her oder retten Sie das Lesbare mit: sqlite3 {name} .recover</translation>
    </message>
    <message>
        <location filename="../../workbench/core/store/sqlite/engine.py" line="125"/>
        <source>{path} cannot be written ({problem}); nothing was written. Check that the file and its folder may be written by you.</source>
        <translation>{path} lässt sich nicht schreiben ({problem}); es wurde nichts geschrieben. Prüfen Sie, ob Sie die Datei und ihren Ordner beschreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/store/sqlite/engine.py" line="131"/>
        <source>{path} cannot be opened ({problem}); nothing was written. SQLite needs to write beside the file: check the folder&apos;s permissions.</source>
        <translation>{path} lässt sich nicht öffnen ({problem}); es wurde nichts geschrieben. SQLite muss neben der Datei schreiben können: Prüfen Sie die Rechte des Ordners.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/store/sqlite/engine.py" line="137"/>
        <source>{path} is busy: another program (an import, or another window) is writing to it; nothing was written. Try again when it has finished.</source>
        <translation>{path} ist belegt: Ein anderes Programm (ein Import oder ein anderes Fenster) schreibt hinein; es wurde nichts geschrieben. Versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/store/sqlite/engine.py" line="143"/>
        <source>Cannot use {path}: {problem}</source>
        <translation>{path} lässt sich nicht verwenden: {problem}</translation>
    </message>
    <message>
        <location filename="../../workbench/core/store/copy.py" line="88"/>
        <source>{location} is at schema {revision}, this workbench writes {head}: run workbench team-store init {location} first; nothing was copied.</source>
        <translation>{location} hat das Schema {revision}, diese Werkbank schreibt {head}: Führen Sie zuerst workbench team-store init {location} aus; es wurde nichts kopiert.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/store/copy.py" line="197"/>
        <source>{location} erased the {network} member {id}, whom {path} still holds: erase them there first (workbench member erase {member} --db {path}), so that their data does not come back; nothing was copied.</source>
        <translation>{location} hat das {network}-Mitglied {id} gelöscht, das {path} noch enthält: Löschen Sie es zuerst dort (workbench member erase {member} --db {path}), damit seine Daten nicht zurückkommen; es wurde nichts kopiert.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/store/copy.py" line="467"/>
        <source>{path} cannot be copied: its event {event} does not apply to {location} ({problem}); nothing was copied.</source>
        <translation>{path} lässt sich nicht kopieren: Sein Ereignis {event} passt nicht zu {location} ({problem}); es wurde nichts kopiert.</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <location filename="../../workbench/ui/dialogs/targets_dialog.py" line="29"/>
        <source>New intervention</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/targets_dialog.py" line="32"/>
        <location filename="../../workbench/ui/dialogs/targets_dialog.py" line="40"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/targets_dialog.py" line="33"/>
        <source>The whole community of</source>
        <translation>Die ganze Community von</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/targets_dialog.py" line="39"/>
        <source>handles or network:handle, separated by commas</source>
        <translation>Handles oder netzwerk:handle, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/targets_dialog.py" line="43"/>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/targets_dialog.py" line="80"/>
        <source>Name at least one member.</source>
        <translation>Nennen Sie mindestens ein Mitglied.</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <location filename="../../workbench/core/team/keys.py" line="41"/>
        <source>The {what} is not valid base64.</source>
        <translation>{what} ist kein gültiges Base64.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/keys.py" line="66"/>
        <source>&apos;{text}&apos; is no key fingerprint: it has 32 hex digits, like {example}.</source>
        <translation>„{text}“ ist kein Fingerabdruck eines Schlüssels: Er hat 32 Hexadezimalziffern, wie {example}.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/keys.py" line="81"/>
        <source>public key</source>
        <translation>Der öffentliche Schlüssel</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/keys.py" line="83"/>
        <source>A public key has 32 bytes.</source>
        <translation>Ein öffentlicher Schlüssel hat 32 Bytes.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/keys.py" line="115"/>
        <source>private key in the keyring</source>
        <translation>Der private Schlüssel im Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/keys.py" line="117"/>
        <source>The private key in the keyring is damaged.</source>
        <translation>Der private Schlüssel im Schlüsselbund ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/trust.py" line="52"/>
        <source>Give the key&apos;s owner a name of 1 to 80 characters.</source>
        <translation>Geben Sie der Person, der der Schlüssel gehört, einen Namen mit 1 bis 80 Zeichen.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/trust.py" line="66"/>
        <source>The key {fingerprint} is not trusted here.</source>
        <translation>Dem Schlüssel {fingerprint} wird hier nicht vertraut.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/team/identity.py" line="35"/>
        <source>Signing needs a keyring to keep your key in, and none is usable here (on Linux, a Secret Service such as GNOME Keyring or KWallet).</source>
        <translation>Zum Signieren braucht es einen Schlüsselbund für Ihren Schlüssel, und hier ist keiner nutzbar (unter Linux ein Secret Service wie GNOME Keyring oder KWallet).</translation>
    </message>
    <message>
        <location filename="../../workbench/services/team/identity.py" line="66"/>
        <source>A team secret has at least 20 characters; this one has {n}.</source>
        <translation>Ein Team-Geheimnis hat mindestens 20 Zeichen; dieses hat {n}.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/team/identity.py" line="73"/>
        <source>The team secret needs a keyring to be kept in, and none is usable here.</source>
        <translation>Das Team-Geheimnis braucht einen Schlüsselbund, und hier ist keiner nutzbar.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/team/sharing.py" line="41"/>
        <source>A pseudonymized bundle needs the team&apos;s secret: make one with &apos;workbench team secret --new&apos; and give it to your teammates, or keep theirs with &apos;workbench team secret --set&apos;.</source>
        <translation>Ein pseudonymisiertes Protokollpaket braucht das Team-Geheimnis: Erzeugen Sie eines mit &apos;workbench team secret --new&apos; und geben Sie es Ihren Teammitgliedern, oder legen Sie deren mit &apos;workbench team secret --set&apos; ab.</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../workbench/ui/dialogs/team_dialog.py" line="283"/>
        <source>Team setup</source>
        <translation>Team einrichten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/team_dialog.py" line="296"/>
        <source>Kinds of intervention</source>
        <translation>Maßnahmenarten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/team_dialog.py" line="297"/>
        <source>Note types</source>
        <translation>Notiztypen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/team_dialog.py" line="298"/>
        <source>Rating dimensions</source>
        <translation>Bewertungskriterien</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/team_dialog.py" line="299"/>
        <source>Enforcement ladder</source>
        <translation>Stufenplan</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../../workbench/core/team/templates.py" line="46"/>
        <source>A template needs a name and a text.</source>
        <translation>Eine Vorlage braucht einen Namen und einen Text.</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../workbench/ui/dialogs/templates_dialog.py" line="36"/>
        <source>Reply templates</source>
        <translation>Antwortvorlagen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/templates_dialog.py" line="43"/>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/templates_dialog.py" line="48"/>
        <source>Template text</source>
        <translation>Text der Vorlage</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/templates_dialog.py" line="51"/>
        <source>Placeholders: {name}, {handle}, {network}, {source}. They are filled in for the selected item&apos;s author when you copy the reply.</source>
        <translation>Platzhalter: {name}, {handle}, {network}, {source}. Sie werden beim Kopieren der Antwort für den Autor des ausgewählten Beitrags ausgefüllt.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/templates_dialog.py" line="57"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/templates_dialog.py" line="58"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/templates_dialog.py" line="59"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/templates_dialog.py" line="64"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/templates_dialog.py" line="65"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/templates_dialog.py" line="118"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../workbench/core/team/vocabulary.py" line="119"/>
        <source>&apos;{name}&apos; is not in the team&apos;s {list}; choose one of: {names}.</source>
        <translation>„{name}“ gehört nicht zu den Begriffen des Teams ({list}); wählen Sie einen von: {names}.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/vocabulary.py" line="144"/>
        <source>A name has 1 to {limit} characters.</source>
        <translation>Ein Name hat 1 bis {limit} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/vocabulary.py" line="148"/>
        <source>&apos;{name}&apos; is already in the team&apos;s {list}.</source>
        <translation>„{name}“ gehört bereits zu den Begriffen des Teams ({list}).</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/vocabulary.py" line="153"/>
        <source>A follow-up comes 1 to 365 days later.</source>
        <translation>Eine Wiedervorlage kommt 1 bis 365 Tage später.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/vocabulary.py" line="169"/>
        <source>&apos;{name}&apos; is built in and stays.</source>
        <translation>„{name}“ ist eingebaut und bleibt.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/vocabulary.py" line="189"/>
        <source>kinds of intervention</source>
        <translation>Maßnahmenarten</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/vocabulary.py" line="190"/>
        <source>note types</source>
        <translation>Notiztypen</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/vocabulary.py" line="191"/>
        <source>rating dimensions</source>
        <translation>Bewertungskriterien</translation>
    </message>
</context>
<context>
    <name>VocabularyTab</name>
    <message>
        <location filename="../../workbench/ui/dialogs/team_dialog.py" line="51"/>
        <source>Terms</source>
        <translation>Begriffe</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/team_dialog.py" line="53"/>
        <source>a name of your team&apos;s</source>
        <translation>ein Name Ihres Teams</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/team_dialog.py" line="54"/>
        <source>New term</source>
        <translation>Neuer Begriff</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/team_dialog.py" line="55"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/team_dialog.py" line="56"/>
        <source>Retire</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/team_dialog.py" line="58"/>
        <source>Takes the term off the choices; what was recorded with it keeps it.</source>
        <translation>Nimmt den Begriff aus der Auswahl; was damit festgehalten wurde, behält ihn.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/team_dialog.py" line="63"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/team_dialog.py" line="66"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/team_dialog.py" line="67"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/team_dialog.py" line="68"/>
        <source>Speaks to the member as if alive (a greeting, a nudge)</source>
        <translation>Spricht das Mitglied als lebend an (ein Gruß, ein Anstoß)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/team_dialog.py" line="69"/>
        <source>Counts as a strike on the ladder</source>
        <translation>Zählt als Verstoß im Stufenplan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/team_dialog.py" line="71"/>
        <source>Look again after</source>
        <translation>Wiedervorlage nach</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/team_dialog.py" line="100"/>
        <source>look again after one day</source>
        <translation>Wiedervorlage nach einem Tag</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/team_dialog.py" line="103"/>
        <source>look again after {days} days</source>
        <translation>Wiedervorlage nach {days} Tagen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/team_dialog.py" line="106"/>
        <source>strike</source>
        <translation>Verstoß</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/team_dialog.py" line="108"/>
        <source>speaks as if alive</source>
        <translation>spricht als lebend an</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/team_dialog.py" line="114"/>
        <source>Built in; it stays.</source>
        <translation>Eingebaut; bleibt bestehen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/team_dialog.py" line="139"/>
        <source>Added {name}.</source>
        <translation>{name} hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dialogs/team_dialog.py" line="153"/>
        <source>Retired {name}.</source>
        <translation>{name} zurückgezogen.</translation>
    </message>
</context>
<context>
    <name>WatchlistMentions</name>
    <message>
        <location filename="../../workbench/ui/widgets/watchlist_mentions.py" line="29"/>
        <source>Watch lists</source>
        <translation>Beobachtungslisten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/watchlist_mentions.py" line="41"/>
        <source>On watch lists: {lists}</source>
        <translation>Auf Beobachtungslisten: {lists}</translation>
    </message>
</context>
<context>
    <name>Watchlists</name>
    <message>
        <location filename="../../workbench/core/team/watchlists.py" line="66"/>
        <source>&apos;{value}&apos; is not a domain name.</source>
        <translation>„{value}“ ist kein Domainname.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/watchlists.py" line="78"/>
        <source>&apos;{value}&apos; names neither a member (network:id) nor a domain.</source>
        <translation>„{value}“ nennt weder ein Mitglied (netzwerk:id) noch eine Domain.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/watchlists.py" line="167"/>
        <source>{count} watch lists are called &apos;{name}&apos;; name one by its uid: {uids}</source>
        <translation>{count} Beobachtungslisten heißen „{name}“; nennen Sie eine bei ihrer UID: {uids}</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/watchlists.py" line="172"/>
        <source>There is no watch list called &apos;{name}&apos; (workbench watchlist list).</source>
        <translation>Es gibt keine Beobachtungsliste namens „{name}“ (workbench watchlist list).</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/watchlists.py" line="182"/>
        <source>A reason has at most {limit} characters.</source>
        <translation>Eine Begründung hat höchstens {limit} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/watchlists.py" line="192"/>
        <source>The watch list &apos;{name}&apos; is {owner}&apos;s: only they change its entries; override an entry to decide otherwise here.</source>
        <translation>Die Beobachtungsliste „{name}“ gehört {owner}: nur diese Person ändert ihre Einträge; übersteuern Sie einen Eintrag, um hier anders zu entscheiden.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/watchlists.py" line="204"/>
        <source>Give the watch list a name of 1 to 120 characters.</source>
        <translation>Geben Sie der Beobachtungsliste einen Namen mit 1 bis 120 Zeichen.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/watchlists.py" line="208"/>
        <source>There is a watch list called &apos;{name}&apos; already.</source>
        <translation>Es gibt schon eine Beobachtungsliste namens „{name}“.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/watchlists.py" line="231"/>
        <source>A recommendation is one of {choices}; not &apos;{value}&apos;.</source>
        <translation>Eine Empfehlung ist eines von {choices}; nicht „{value}“.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/watchlists.py" line="236"/>
        <source>The expiry must lie in the future.</source>
        <translation>Der Ablauf muss in der Zukunft liegen.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/watchlists.py" line="255"/>
        <source>The watch list &apos;{name}&apos; has no entry for {target}.</source>
        <translation>Die Beobachtungsliste „{name}“ hat keinen Eintrag für {target}.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/watchlists.py" line="273"/>
        <source>&apos;{name}&apos; is your own list; it is always in force.</source>
        <translation>„{name}“ ist Ihre eigene Liste; sie gilt immer.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/watchlists.py" line="283"/>
        <source>You do not follow the watch list &apos;{name}&apos;.</source>
        <translation>Sie folgen der Beobachtungsliste „{name}“ nicht.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/watchlists.py" line="304"/>
        <source>An override is one of {choices}; not &apos;{value}&apos;.</source>
        <translation>Eine Übersteuerung ist eines von {choices}; nicht „{value}“.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/watchlists_csv.py" line="67"/>
        <source>{path}, line {line}: {problem}</source>
        <translation>{path}, Zeile {line}: {problem}</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/watchlists_csv.py" line="79"/>
        <source>Cannot read {path}: {problem}</source>
        <translation>{path} kann nicht gelesen werden: {problem}</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/watchlists_csv.py" line="85"/>
        <source>{path} is larger than {size} MiB: no domain-block list is.</source>
        <translation>{path} ist größer als {size} MiB: so groß ist keine Domain-Sperrliste.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/watchlists_csv.py" line="93"/>
        <source>not UTF-8 text.</source>
        <translation>kein UTF-8-Text.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/watchlists_csv.py" line="106"/>
        <source>the header must be {header}</source>
        <translation>die Kopfzeile muss {header} lauten</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/watchlists_csv.py" line="118"/>
        <source>more than {count} domains.</source>
        <translation>mehr als {count} Domains.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/watchlists_csv.py" line="125"/>
        <source>{domain} is listed twice.</source>
        <translation>{domain} steht zweimal in der Liste.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/watchlists_csv.py" line="138"/>
        <source>{count} fields where the header has {expected}.</source>
        <translation>{count} Felder, wo die Kopfzeile {expected} hat.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/watchlists_csv.py" line="151"/>
        <source>#severity is one of {choices}; not &apos;{value}&apos;.</source>
        <translation>#severity ist eines von {choices}; nicht „{value}“.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/watchlists_csv.py" line="164"/>
        <source>{field} is true or false; not &apos;{value}&apos;.</source>
        <translation>{field} ist true oder false; nicht „{value}“.</translation>
    </message>
    <message>
        <location filename="../../workbench/core/team/watchlists_csv.py" line="172"/>
        <source>#public_comment is longer than {limit} characters.</source>
        <translation>#public_comment ist länger als {limit} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/team/policy_rooms.py" line="81"/>
        <source>{account} is a {kind} account; policy rooms are on Matrix.</source>
        <translation>{account} ist ein {kind}-Konto; Richtlinienräume gibt es auf Matrix.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/team/policy_rooms.py" line="92"/>
        <source>There is no access token for {account} in this session: enter it under File → Accounts.</source>
        <translation>In dieser Sitzung gibt es kein Zugangstoken für {account}: geben Sie es unter Datei → Konten ein.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/watchlist_mentions.py" line="15"/>
        <source>watch</source>
        <translation>beobachten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/watchlist_mentions.py" line="16"/>
        <source>mute</source>
        <translation>stummschalten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/watchlist_mentions.py" line="17"/>
        <source>ban</source>
        <translation>sperren</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/watchlist_mentions.py" line="18"/>
        <source>trusted</source>
        <translation>vertrauenswürdig</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/widgets/watchlist_mentions.py" line="19"/>
        <source>ignored here</source>
        <translation>hier ignoriert</translation>
    </message>
</context>
<context>
    <name>WatchlistsPage</name>
    <message>
        <location filename="../../workbench/ui/pages/watchlists_page.py" line="50"/>
        <location filename="../../workbench/ui/pages/watchlists_page.py" line="191"/>
        <location filename="../../workbench/ui/pages/watchlists_page.py" line="215"/>
        <source>Watch lists</source>
        <translation>Beobachtungslisten</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/watchlists_page.py" line="52"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/watchlists_page.py" line="52"/>
        <source>Kept by</source>
        <translation>Geführt von</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/watchlists_page.py" line="52"/>
        <location filename="../../workbench/ui/pages/watchlists_page.py" line="58"/>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/watchlists_page.py" line="62"/>
        <source>Member or domain</source>
        <translation>Mitglied oder Domain</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/watchlists_page.py" line="63"/>
        <source>List says</source>
        <translation>Liste sagt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/watchlists_page.py" line="64"/>
        <source>Here</source>
        <translation>Hier</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/watchlists_page.py" line="65"/>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/watchlists_page.py" line="66"/>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/watchlists_page.py" line="67"/>
        <source>Set by</source>
        <translation>Gesetzt von</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/watchlists_page.py" line="79"/>
        <source>&amp;New list…</source>
        <translation>&amp;Neue Liste…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/watchlists_page.py" line="80"/>
        <source>&amp;Add entry…</source>
        <translation>Eintrag &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/watchlists_page.py" line="81"/>
        <source>&amp;Retract</source>
        <translation>&amp;Zurückziehen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/watchlists_page.py" line="82"/>
        <location filename="../../workbench/ui/pages/watchlists_page.py" line="185"/>
        <source>&amp;Follow</source>
        <translation>&amp;Folgen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/watchlists_page.py" line="83"/>
        <source>&amp;Override here…</source>
        <translation>Hier &amp;übersteuern…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/watchlists_page.py" line="120"/>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/watchlists_page.py" line="122"/>
        <source>followed</source>
        <translation>gefolgt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/watchlists_page.py" line="122"/>
        <source>not followed</source>
        <translation>nicht gefolgt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/watchlists_page.py" line="134"/>
        <source>Your lists and those you follow are in force here: members&apos; profiles name them. Teammates&apos; lists come with their bundles (File → Import shared log…).</source>
        <translation>Ihre Listen und die, denen Sie folgen, gelten hier: die Profile der Mitglieder nennen sie. Listen von Teammitgliedern kommen mit deren Bündeln (Datei → Geteiltes Protokoll importieren …).</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/watchlists_page.py" line="138"/>
        <source>No watch lists yet: make one with New list… (Ctrl+Shift+N).</source>
        <translation>Noch keine Beobachtungslisten: legen Sie eine mit „Neue Liste…“ an (Strg+Umschalt+N).</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/watchlists_page.py" line="185"/>
        <source>Stop &amp;following</source>
        <translation>Nicht mehr &amp;folgen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/watchlists_page.py" line="196"/>
        <source>New watch list</source>
        <translation>Neue Beobachtungsliste</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/watchlists_page.py" line="196"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/watchlists_page.py" line="207"/>
        <location filename="../../workbench/ui/pages/watchlists_page.py" line="220"/>
        <location filename="../../workbench/ui/pages/watchlists_page.py" line="226"/>
        <source>Add to {list}</source>
        <translation>Zu {list} hinzufügen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/watchlists_page.py" line="208"/>
        <source>Member as network:id (matrix:@eve:example.org), or a domain:</source>
        <translation>Mitglied als netzwerk:id (matrix:@eve:example.org) oder eine Domain:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/watchlists_page.py" line="220"/>
        <source>Recommend:</source>
        <translation>Empfehlen:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/watchlists_page.py" line="226"/>
        <source>Reason:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/watchlists_page.py" line="243"/>
        <source>Retract</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/watchlists_page.py" line="245"/>
        <source>Take {target} off {list}? It leaves every store that merges your next bundle.</source>
        <translation>{target} von {list} nehmen? Der Eintrag verschwindet aus jedem Datenbestand, der Ihr nächstes Bündel zusammenführt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/pages/watchlists_page.py" line="262"/>
        <source>Follow {list}? Its %n entries will be in force here.</source>
        <translation>
            <numerusform>{list} folgen? Ihr %n Eintrag gilt dann hier.</numerusform>
            <numerusform>{list} folgen? Ihre %n Einträge gelten dann hier.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/watchlists_page.py" line="265"/>
        <source>It bans: {members}</source>
        <translation>Sie sperrt: {members}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/watchlists_page.py" line="267"/>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/watchlists_page.py" line="277"/>
        <source>as the list says</source>
        <translation>wie die Liste sagt</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/watchlists_page.py" line="279"/>
        <source>Override {target}</source>
        <translation>{target} übersteuern</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/watchlists_page.py" line="280"/>
        <source>Here, {target} is:</source>
        <translation>Hier gilt für {target}:</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../workbench/ui/pages/welcome_page.py" line="29"/>
        <source>Welcome to {app}</source>
        <translation>Willkommen bei {app}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/welcome_page.py" line="40"/>
        <source>Nothing is in this store yet. Bring in what your community wrote: an export file, a folder or a zip archive, or drop them on this window. Everything stays on this computer. The workbench reads:</source>
        <translation>Diese Datenbank ist noch leer. Holen Sie herein, was Ihre Community geschrieben hat: eine Exportdatei, einen Ordner oder ein Zip-Archiv, oder ziehen Sie sie auf dieses Fenster. Alles bleibt auf diesem Computer. Die Werkbank liest:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/welcome_page.py" line="50"/>
        <source>Import files…</source>
        <translation>Dateien importieren …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/welcome_page.py" line="54"/>
        <source>Import a folder…</source>
        <translation>Ordner importieren …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/welcome_page.py" line="57"/>
        <source>Open the demo community</source>
        <translation>Demo-Community öffnen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/welcome_page.py" line="60"/>
        <source>A made-up community in a window and a store of its own; yours stays empty</source>
        <translation>Eine erfundene Community in einem eigenen Fenster und einer eigenen Datenbank; Ihre bleibt leer</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/welcome_page.py" line="91"/>
        <source>The demo opens in a window of its own.</source>
        <translation>Die Demo öffnet sich in einem eigenen Fenster.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/pages/welcome_page.py" line="93"/>
        <source>The demo could not be started; run: workbench --demo</source>
        <translation>Die Demo konnte nicht gestartet werden; führen Sie aus: workbench --demo</translation>
    </message>
</context>
</TS>
