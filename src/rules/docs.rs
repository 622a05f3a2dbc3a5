//! Rule reference pages (`docs/rules/<id>.md`), generated from the rule files so that they never
//! disagree with them; a test fails when a committed page is stale.

use super::Rule;

/// The reference page of one rule, in Markdown.
pub fn rule_page(rule: &Rule) -> String {
    let mut out = String::new();
    out.push_str(&format!("# {}\n\n", rule.id));
    out.push_str(
        "<!-- Generated from the rule file by `crosscheck rules docs`; do not edit. -->\n\n",
    );
    out.push_str(&format!("{}\n\n", rule.summary));
    out.push_str("| | |\n|---|---|\n");
    out.push_str(&format!(
        "| kind | `{}`: {} |\n",
        rule.kind.name, rule.kind.summary
    ));
    out.push_str(&format!("| severity | {} |\n", rule.severity));
    out.push_str(&format!("| file | `{}` |\n", rule.path));
    out.push_str(&format!(
        "| message | `{}` |\n",
        rule.message.replace('|', "\\|")
    ));
    if let Some(help) = &rule.help {
        out.push_str(&format!("| help | {} |\n", help.replace('|', "\\|")));
    }
    out.push_str(&format!("| relies on | {} |\n\n", rule.kind.relies_on));
    if let Some(check) = check_table(&rule.text) {
        out.push_str("## Settings\n\n```toml\n");
        out.push_str(&check);
        out.push_str("```\n\n");
    }
    out.push_str("## Examples\n\n");
    for example in &rule.examples {
        out.push_str(&format!(
            "### {} ({})\n\n",
            example.name,
            if example.fires {
                "fires"
            } else {
                "does not fire"
            }
        ));
        for report in &example.reports {
            let mut about = Vec::new();
            if let Some(outlet) = &report.meta.outlet {
                about.push(outlet.clone());
            }
            if let Some(published) = report.meta.published {
                about.push(format!("published {}", published.date));
            }
            if let Some(event) = &report.meta.event {
                about.push(format!("event `{event}`"));
            }
            if !about.is_empty() {
                out.push_str(&format!("{}:\n\n", about.join(", ")));
            }
            for line in report.text.trim().lines() {
                out.push_str(&format!("> {line}\n"));
            }
            out.push('\n');
        }
    }
    out
}

/// The `[check]` table of a rule file, as written.
fn check_table(text: &str) -> Option<String> {
    let start = text.lines().position(|l| l.trim() == "[check]")?;
    let lines: Vec<&str> = text
        .lines()
        .skip(start)
        .enumerate()
        .take_while(|(i, l)| *i == 0 || !l.trim_start().starts_with('['))
        .map(|(_, l)| l)
        .collect();
    let body: Vec<&str> = lines
        .iter()
        .rev()
        .copied()
        .skip_while(|l| l.trim().is_empty())
        .collect();
    let mut table: String = body.into_iter().rev().map(|l| format!("{l}\n")).collect();
    if table.trim() == "[check]" {
        table = "[check]\n".into();
    }
    Some(table)
}
