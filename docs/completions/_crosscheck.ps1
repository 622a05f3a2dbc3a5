
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'crosscheck' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'crosscheck'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'crosscheck' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads for reading reports (default: one per core). Output is the same whatever the number')
            [CompletionResult]::new('--threads', '--threads', [CompletionResultType]::ParameterName, 'Threads for reading reports (default: one per core). Output is the same whatever the number')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check reports for figures and titles that cannot all be true')
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'Check a draft against published reports: only findings that involve the draft')
            [CompletionResult]::new('claims', 'claims', [CompletionResultType]::ParameterValue, 'Print every claim read from the reports (the parser''s debug view)')
            [CompletionResult]::new('graph', 'graph', [CompletionResultType]::ParameterValue, 'Print the claim graph: reports, events, persons and claims, and why they are related')
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'List, explain, scaffold, test and document rules')
            [CompletionResult]::new('facts', 'facts', [CompletionResultType]::ParameterValue, 'Ask the record of office-holders: who held an office on a day, what a person held')
            [CompletionResult]::new('index', 'index', [CompletionResultType]::ParameterValue, 'Keep an archive''s reports and claims in an index file, for `review --index` and `check --index` (built with the `index` feature)')
            [CompletionResult]::new('lsp', 'lsp', [CompletionResultType]::ParameterValue, 'A language server over standard input and output: open drafts checked as you write, against the archive `crosscheck.toml` names')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a commented `crosscheck.toml` in the working folder')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script: `crosscheck completions bash > ~/.local/share/bash-completion/completions/crosscheck`')
            [CompletionResult]::new('manpages', 'manpages', [CompletionResultType]::ParameterValue, 'Write the manual pages (crosscheck.1 and one per command) into a folder')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crosscheck;check' {
            [CompletionResult]::new('--stdin-filename', '--stdin-filename', [CompletionResultType]::ParameterName, 'The file name standard input goes by in messages and output; its extension tells what it is (`draft.md`, `feed.jsonl`, `page.html`)')
            [CompletionResult]::new('--stdin-meta', '--stdin-meta', [CompletionResultType]::ParameterName, 'The metadata of the report on standard input, as TOML: a file, or the TOML itself (`--stdin-meta ''published = 2025-07-04''`), with the keys of front matter (title, outlet, published, url, event, lang)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'format')
            [CompletionResult]::new('--fail-on', '--fail-on', [CompletionResultType]::ParameterName, 'The lowest severity that makes the exit code 1')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Publication date for reports that have none (YYYY-MM-DD)')
            [CompletionResult]::new('--select', '--select', [CompletionResultType]::ParameterName, 'Run only these rules (comma-separated or repeated); replaces the configuration''s `select`')
            [CompletionResult]::new('--ignore', '--ignore', [CompletionResultType]::ParameterName, 'Do not run these rules (comma-separated or repeated), besides the configuration''s `disable`')
            [CompletionResult]::new('--severity', '--severity', [CompletionResultType]::ParameterName, 'A rule''s severity for this run: `--severity conflicting-figures=error` (repeatable; wins over the configuration)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to this file instead of standard output (human output without colour)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to this file instead of standard output (human output without colour)')
            [CompletionResult]::new('--baseline', '--baseline', [CompletionResultType]::ParameterName, 'Accept the findings listed in this baseline file; entries that match nothing are listed')
            [CompletionResult]::new('--write-baseline', '--write-baseline', [CompletionResultType]::ParameterName, 'Write every finding to this baseline file, to accept them from now on')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Check the reports as drafts against these sources, as `review --source` does')
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'Check the reports as new ones against an archive index (`crosscheck index build`): only findings that involve them, as `review --index` does')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'A folder of rules and lexicon files to add to the shipped pack (repeatable). A rule with the id of a shipped rule replaces it')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The configuration file; by default `crosscheck.toml` in the working folder or the nearest folder above it')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads for reading reports (default: one per core). Output is the same whatever the number')
            [CompletionResult]::new('--threads', '--threads', [CompletionResultType]::ParameterName, 'Threads for reading reports (default: one per core). Output is the same whatever the number')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'After each finding, the chain of decisions that made its claims comparable: how each claim was read, which event it was put under and why (human and JSON formats)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings and errors: no summary line, no notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings and errors: no summary line, no notes')
            [CompletionResult]::new('--statistics', '--statistics', [CompletionResultType]::ParameterName, 'Print how many findings each rule made instead of the findings (human, short and JSON formats)')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no configuration file')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crosscheck;review' {
            [CompletionResult]::new('--against', '--against', [CompletionResultType]::ParameterName, 'Published reports to check the draft against: files or folders (repeatable)')
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'An archive index to check the draft against (`crosscheck index build`): only the reports the draft can be compared with are read from it')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'The reports the draft is based on (wire copy, a source it summarises or translates): every figure, title, name and date of the draft must be supported by one of them')
            [CompletionResult]::new('--stdin-filename', '--stdin-filename', [CompletionResultType]::ParameterName, 'The file name standard input goes by in messages and output; its extension tells what it is (`draft.md`, `feed.jsonl`, `page.html`)')
            [CompletionResult]::new('--stdin-meta', '--stdin-meta', [CompletionResultType]::ParameterName, 'The metadata of the report on standard input, as TOML: a file, or the TOML itself (`--stdin-meta ''published = 2025-07-04''`), with the keys of front matter (title, outlet, published, url, event, lang)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'format')
            [CompletionResult]::new('--fail-on', '--fail-on', [CompletionResultType]::ParameterName, 'The lowest severity that makes the exit code 1')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Publication date for reports that have none (YYYY-MM-DD)')
            [CompletionResult]::new('--select', '--select', [CompletionResultType]::ParameterName, 'Run only these rules (comma-separated or repeated); replaces the configuration''s `select`')
            [CompletionResult]::new('--ignore', '--ignore', [CompletionResultType]::ParameterName, 'Do not run these rules (comma-separated or repeated), besides the configuration''s `disable`')
            [CompletionResult]::new('--severity', '--severity', [CompletionResultType]::ParameterName, 'A rule''s severity for this run: `--severity conflicting-figures=error` (repeatable; wins over the configuration)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the output to this file instead of standard output (human output without colour)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the output to this file instead of standard output (human output without colour)')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'A folder of rules and lexicon files to add to the shipped pack (repeatable). A rule with the id of a shipped rule replaces it')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The configuration file; by default `crosscheck.toml` in the working folder or the nearest folder above it')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads for reading reports (default: one per core). Output is the same whatever the number')
            [CompletionResult]::new('--threads', '--threads', [CompletionResultType]::ParameterName, 'Threads for reading reports (default: one per core). Output is the same whatever the number')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'After each finding, the chain of decisions that made its claims comparable: how each claim was read, which event it was put under and why (human and JSON formats)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only findings and errors: no summary line, no notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only findings and errors: no summary line, no notes')
            [CompletionResult]::new('--statistics', '--statistics', [CompletionResultType]::ParameterName, 'Print how many findings each rule made instead of the findings (human, short and JSON formats)')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no configuration file')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crosscheck;claims' {
            [CompletionResult]::new('--stdin-filename', '--stdin-filename', [CompletionResultType]::ParameterName, 'The file name standard input goes by in messages and output; its extension tells what it is (`draft.md`, `feed.jsonl`, `page.html`)')
            [CompletionResult]::new('--stdin-meta', '--stdin-meta', [CompletionResultType]::ParameterName, 'The metadata of the report on standard input, as TOML: a file, or the TOML itself (`--stdin-meta ''published = 2025-07-04''`), with the keys of front matter (title, outlet, published, url, event, lang)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'format')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'A folder of rules and lexicon files to add to the shipped pack (repeatable). A rule with the id of a shipped rule replaces it')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The configuration file; by default `crosscheck.toml` in the working folder or the nearest folder above it')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads for reading reports (default: one per core). Output is the same whatever the number')
            [CompletionResult]::new('--threads', '--threads', [CompletionResultType]::ParameterName, 'Threads for reading reports (default: one per core). Output is the same whatever the number')
            [CompletionResult]::new('--skipped', '--skipped', [CompletionResultType]::ParameterName, 'Also list numbers that were seen but not read as claims, and why')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no configuration file')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'crosscheck;graph' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'format')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'A folder of rules and lexicon files to add to the shipped pack (repeatable). A rule with the id of a shipped rule replaces it')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The configuration file; by default `crosscheck.toml` in the working folder or the nearest folder above it')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads for reading reports (default: one per core). Output is the same whatever the number')
            [CompletionResult]::new('--threads', '--threads', [CompletionResultType]::ParameterName, 'Threads for reading reports (default: one per core). Output is the same whatever the number')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no configuration file')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'crosscheck;rules' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads for reading reports (default: one per core). Output is the same whatever the number')
            [CompletionResult]::new('--threads', '--threads', [CompletionResultType]::ParameterName, 'Threads for reading reports (default: one per core). Output is the same whatever the number')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the rules: id, kind, severity, summary')
            [CompletionResult]::new('explain', 'explain', [CompletionResultType]::ParameterValue, 'Explain a rule: what it flags, its settings, what it relies on, its examples')
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Write a new rule file of a kind, with one example that fires and one that must not')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Run rules'' examples and compare what they show with their snapshots')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Print the JSON Schema of rule files (for editors: completion and validation)')
            [CompletionResult]::new('docs', 'docs', [CompletionResultType]::ParameterValue, 'Write each rule''s reference page (`ID.md`) into a folder')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crosscheck;rules;list' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'format')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'A folder of rules and lexicon files to add to the shipped pack (repeatable). A rule with the id of a shipped rule replaces it')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The configuration file; by default `crosscheck.toml` in the working folder or the nearest folder above it')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads for reading reports (default: one per core). Output is the same whatever the number')
            [CompletionResult]::new('--threads', '--threads', [CompletionResultType]::ParameterName, 'Threads for reading reports (default: one per core). Output is the same whatever the number')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no configuration file')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'crosscheck;rules;explain' {
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'A folder of rules and lexicon files to add to the shipped pack (repeatable). A rule with the id of a shipped rule replaces it')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The configuration file; by default `crosscheck.toml` in the working folder or the nearest folder above it')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads for reading reports (default: one per core). Output is the same whatever the number')
            [CompletionResult]::new('--threads', '--threads', [CompletionResultType]::ParameterName, 'Threads for reading reports (default: one per core). Output is the same whatever the number')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no configuration file')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'crosscheck;rules;new' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'kind')
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'The folder to write `ID.toml` in')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads for reading reports (default: one per core). Output is the same whatever the number')
            [CompletionResult]::new('--threads', '--threads', [CompletionResultType]::ParameterName, 'Threads for reading reports (default: one per core). Output is the same whatever the number')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'crosscheck;rules;test' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'format')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'A folder of rules and lexicon files to add to the shipped pack (repeatable). A rule with the id of a shipped rule replaces it')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The configuration file; by default `crosscheck.toml` in the working folder or the nearest folder above it')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads for reading reports (default: one per core). Output is the same whatever the number')
            [CompletionResult]::new('--threads', '--threads', [CompletionResultType]::ParameterName, 'Threads for reading reports (default: one per core). Output is the same whatever the number')
            [CompletionResult]::new('--update', '--update', [CompletionResultType]::ParameterName, 'Accept what the rules show now as their snapshots')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no configuration file')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'crosscheck;rules;schema' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads for reading reports (default: one per core). Output is the same whatever the number')
            [CompletionResult]::new('--threads', '--threads', [CompletionResultType]::ParameterName, 'Threads for reading reports (default: one per core). Output is the same whatever the number')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'crosscheck;rules;docs' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'out')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'A folder of rules and lexicon files to add to the shipped pack (repeatable). A rule with the id of a shipped rule replaces it')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The configuration file; by default `crosscheck.toml` in the working folder or the nearest folder above it')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads for reading reports (default: one per core). Output is the same whatever the number')
            [CompletionResult]::new('--threads', '--threads', [CompletionResultType]::ParameterName, 'Threads for reading reports (default: one per core). Output is the same whatever the number')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no configuration file')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'crosscheck;rules;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the rules: id, kind, severity, summary')
            [CompletionResult]::new('explain', 'explain', [CompletionResultType]::ParameterValue, 'Explain a rule: what it flags, its settings, what it relies on, its examples')
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Write a new rule file of a kind, with one example that fires and one that must not')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Run rules'' examples and compare what they show with their snapshots')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Print the JSON Schema of rule files (for editors: completion and validation)')
            [CompletionResult]::new('docs', 'docs', [CompletionResultType]::ParameterValue, 'Write each rule''s reference page (`ID.md`) into a folder')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crosscheck;rules;help;list' {
            break
        }
        'crosscheck;rules;help;explain' {
            break
        }
        'crosscheck;rules;help;new' {
            break
        }
        'crosscheck;rules;help;test' {
            break
        }
        'crosscheck;rules;help;schema' {
            break
        }
        'crosscheck;rules;help;docs' {
            break
        }
        'crosscheck;rules;help;help' {
            break
        }
        'crosscheck;facts' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads for reading reports (default: one per core). Output is the same whatever the number')
            [CompletionResult]::new('--threads', '--threads', [CompletionResultType]::ParameterName, 'Threads for reading reports (default: one per core). Output is the same whatever the number')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('who', 'who', [CompletionResultType]::ParameterValue, 'Who held an office: `facts who "Prime Minister" --of GB --on 2024-07-04`')
            [CompletionResult]::new('person', 'person', [CompletionResultType]::ParameterValue, 'Every term the record gives a person: `facts person "Keir Starmer"`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crosscheck;facts;who' {
            [CompletionResult]::new('--of', '--of', [CompletionResultType]::ParameterName, 'The jurisdiction: a country code ("GB"), a state ("US-CA"), a chamber ("US-Senate") or a name the lexicon knows ("United Kingdom")')
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The day; every term when absent')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'format')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'A folder of rules and lexicon files to add to the shipped pack (repeatable). A rule with the id of a shipped rule replaces it')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The configuration file; by default `crosscheck.toml` in the working folder or the nearest folder above it')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads for reading reports (default: one per core). Output is the same whatever the number')
            [CompletionResult]::new('--threads', '--threads', [CompletionResultType]::ParameterName, 'Threads for reading reports (default: one per core). Output is the same whatever the number')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no configuration file')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'crosscheck;facts;person' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'format')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'A folder of rules and lexicon files to add to the shipped pack (repeatable). A rule with the id of a shipped rule replaces it')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The configuration file; by default `crosscheck.toml` in the working folder or the nearest folder above it')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads for reading reports (default: one per core). Output is the same whatever the number')
            [CompletionResult]::new('--threads', '--threads', [CompletionResultType]::ParameterName, 'Threads for reading reports (default: one per core). Output is the same whatever the number')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no configuration file')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'crosscheck;facts;help' {
            [CompletionResult]::new('who', 'who', [CompletionResultType]::ParameterValue, 'Who held an office: `facts who "Prime Minister" --of GB --on 2024-07-04`')
            [CompletionResult]::new('person', 'person', [CompletionResultType]::ParameterValue, 'Every term the record gives a person: `facts person "Keir Starmer"`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crosscheck;facts;help;who' {
            break
        }
        'crosscheck;facts;help;person' {
            break
        }
        'crosscheck;facts;help;help' {
            break
        }
        'crosscheck;index' {
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads for reading reports (default: one per core). Output is the same whatever the number')
            [CompletionResult]::new('--threads', '--threads', [CompletionResultType]::ParameterName, 'Threads for reading reports (default: one per core). Output is the same whatever the number')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('build', 'build', [CompletionResultType]::ParameterValue, 'Read an archive into a new index (replacing any at --db)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Re-read only new and changed files of the archive the index was built from, and drop deleted ones')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crosscheck;index;build' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The index file')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'A folder of rules and lexicon files to add to the shipped pack (repeatable). A rule with the id of a shipped rule replaces it')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The configuration file; by default `crosscheck.toml` in the working folder or the nearest folder above it')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads for reading reports (default: one per core). Output is the same whatever the number')
            [CompletionResult]::new('--threads', '--threads', [CompletionResultType]::ParameterName, 'Threads for reading reports (default: one per core). Output is the same whatever the number')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no configuration file')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'crosscheck;index;update' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The index file')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'A folder of rules and lexicon files to add to the shipped pack (repeatable). A rule with the id of a shipped rule replaces it')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The configuration file; by default `crosscheck.toml` in the working folder or the nearest folder above it')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads for reading reports (default: one per core). Output is the same whatever the number')
            [CompletionResult]::new('--threads', '--threads', [CompletionResultType]::ParameterName, 'Threads for reading reports (default: one per core). Output is the same whatever the number')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no configuration file')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'crosscheck;index;help' {
            [CompletionResult]::new('build', 'build', [CompletionResultType]::ParameterValue, 'Read an archive into a new index (replacing any at --db)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Re-read only new and changed files of the archive the index was built from, and drop deleted ones')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crosscheck;index;help;build' {
            break
        }
        'crosscheck;index;help;update' {
            break
        }
        'crosscheck;index;help;help' {
            break
        }
        'crosscheck;lsp' {
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'A folder of rules and lexicon files to add to the shipped pack (repeatable). A rule with the id of a shipped rule replaces it')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The configuration file; by default `crosscheck.toml` in the working folder or the nearest folder above it')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads for reading reports (default: one per core). Output is the same whatever the number')
            [CompletionResult]::new('--threads', '--threads', [CompletionResultType]::ParameterName, 'Threads for reading reports (default: one per core). Output is the same whatever the number')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no configuration file')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'crosscheck;init' {
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'A folder of rules and lexicon files to add to the shipped pack (repeatable). A rule with the id of a shipped rule replaces it')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The configuration file; by default `crosscheck.toml` in the working folder or the nearest folder above it')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads for reading reports (default: one per core). Output is the same whatever the number')
            [CompletionResult]::new('--threads', '--threads', [CompletionResultType]::ParameterName, 'Threads for reading reports (default: one per core). Output is the same whatever the number')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing `crosscheck.toml`')
            [CompletionResult]::new('--no-config', '--no-config', [CompletionResultType]::ParameterName, 'Read no configuration file')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'crosscheck;completions' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the scripts into this folder (crosscheck.bash, _crosscheck, crosscheck.fish, crosscheck.elv, _crosscheck.ps1) instead of printing one')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads for reading reports (default: one per core). Output is the same whatever the number')
            [CompletionResult]::new('--threads', '--threads', [CompletionResultType]::ParameterName, 'Threads for reading reports (default: one per core). Output is the same whatever the number')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'crosscheck;manpages' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'The folder to write crosscheck.1 and crosscheck-COMMAND.1 into')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Threads for reading reports (default: one per core). Output is the same whatever the number')
            [CompletionResult]::new('--threads', '--threads', [CompletionResultType]::ParameterName, 'Threads for reading reports (default: one per core). Output is the same whatever the number')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'crosscheck;help' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check reports for figures and titles that cannot all be true')
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'Check a draft against published reports: only findings that involve the draft')
            [CompletionResult]::new('claims', 'claims', [CompletionResultType]::ParameterValue, 'Print every claim read from the reports (the parser''s debug view)')
            [CompletionResult]::new('graph', 'graph', [CompletionResultType]::ParameterValue, 'Print the claim graph: reports, events, persons and claims, and why they are related')
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'List, explain, scaffold, test and document rules')
            [CompletionResult]::new('facts', 'facts', [CompletionResultType]::ParameterValue, 'Ask the record of office-holders: who held an office on a day, what a person held')
            [CompletionResult]::new('index', 'index', [CompletionResultType]::ParameterValue, 'Keep an archive''s reports and claims in an index file, for `review --index` and `check --index` (built with the `index` feature)')
            [CompletionResult]::new('lsp', 'lsp', [CompletionResultType]::ParameterValue, 'A language server over standard input and output: open drafts checked as you write, against the archive `crosscheck.toml` names')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a commented `crosscheck.toml` in the working folder')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script: `crosscheck completions bash > ~/.local/share/bash-completion/completions/crosscheck`')
            [CompletionResult]::new('manpages', 'manpages', [CompletionResultType]::ParameterValue, 'Write the manual pages (crosscheck.1 and one per command) into a folder')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crosscheck;help;check' {
            break
        }
        'crosscheck;help;review' {
            break
        }
        'crosscheck;help;claims' {
            break
        }
        'crosscheck;help;graph' {
            break
        }
        'crosscheck;help;rules' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the rules: id, kind, severity, summary')
            [CompletionResult]::new('explain', 'explain', [CompletionResultType]::ParameterValue, 'Explain a rule: what it flags, its settings, what it relies on, its examples')
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Write a new rule file of a kind, with one example that fires and one that must not')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Run rules'' examples and compare what they show with their snapshots')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Print the JSON Schema of rule files (for editors: completion and validation)')
            [CompletionResult]::new('docs', 'docs', [CompletionResultType]::ParameterValue, 'Write each rule''s reference page (`ID.md`) into a folder')
            break
        }
        'crosscheck;help;rules;list' {
            break
        }
        'crosscheck;help;rules;explain' {
            break
        }
        'crosscheck;help;rules;new' {
            break
        }
        'crosscheck;help;rules;test' {
            break
        }
        'crosscheck;help;rules;schema' {
            break
        }
        'crosscheck;help;rules;docs' {
            break
        }
        'crosscheck;help;facts' {
            [CompletionResult]::new('who', 'who', [CompletionResultType]::ParameterValue, 'Who held an office: `facts who "Prime Minister" --of GB --on 2024-07-04`')
            [CompletionResult]::new('person', 'person', [CompletionResultType]::ParameterValue, 'Every term the record gives a person: `facts person "Keir Starmer"`')
            break
        }
        'crosscheck;help;facts;who' {
            break
        }
        'crosscheck;help;facts;person' {
            break
        }
        'crosscheck;help;index' {
            [CompletionResult]::new('build', 'build', [CompletionResultType]::ParameterValue, 'Read an archive into a new index (replacing any at --db)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Re-read only new and changed files of the archive the index was built from, and drop deleted ones')
            break
        }
        'crosscheck;help;index;build' {
            break
        }
        'crosscheck;help;index;update' {
            break
        }
        'crosscheck;help;lsp' {
            break
        }
        'crosscheck;help;init' {
            break
        }
        'crosscheck;help;completions' {
            break
        }
        'crosscheck;help;manpages' {
            break
        }
        'crosscheck;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
