//! `earshot rules check FILE` and `earshot rules list`: validate a rules file and run the examples
//! of its rules with it merged over the built-in rules; list the rules in force.

use std::path::PathBuf;

use anyhow::Result;
use clap::{Args, Subcommand};

use super::{EXIT_FATAL, EXIT_OK, EXIT_PARTIAL, sanitize};
use crate::classify::Classifier;
use crate::classify::rules::{AppliesTo, Effect, Field};

#[derive(Debug, Args)]
pub struct RulesArgs {
    #[command(subcommand)]
    pub command: RulesCommand,
}

#[derive(Debug, Subcommand)]
pub enum RulesCommand {
    /// Validate a rules file and run the examples of its rules, with it merged over the built-in
    /// rules. Exit 0: valid and every example passes; 1: some example fails; 2: invalid file.
    Check {
        /// The rules file (TOML).
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    /// List the rules in force (the built-in ones, with any rules files merged over them).
    List {
        /// Rules files merged over the built-in rules (repeatable).
        #[arg(long = "rules", value_name = "FILE")]
        rules: Vec<PathBuf>,
    },
}

pub fn run(args: RulesArgs) -> Result<i32> {
    match args.command {
        RulesCommand::Check { file } => Ok(check(&file)),
        RulesCommand::List { rules } => {
            let c = Classifier::from_files(&rules)?;
            print!("{}", list(&c));
            Ok(EXIT_OK)
        }
    }
}

fn check(file: &std::path::Path) -> i32 {
    let c = match Classifier::from_files(&[file]) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("earshot: invalid rules: {}", sanitize(&e.to_string()));
            return EXIT_FATAL;
        }
    };
    let name = file.display().to_string();
    let results = c.check_examples_from(&name);
    let failed: Vec<_> = results.iter().filter(|r| !r.passed).collect();
    for f in &failed {
        let what = if f.counter {
            "counterexample decided by the rule"
        } else {
            "example not decided by the rule"
        };
        println!(
            "FAIL {} ({}): {what}: {}\n     got: {}",
            sanitize(&f.rule),
            sanitize(&f.file),
            sanitize(&f.text),
            sanitize(&f.got)
        );
    }
    // Built-in examples the file changes the outcome of: not errors (changing outcomes is what
    // a rules file is for), but worth seeing.
    for b in c
        .check_examples()
        .iter()
        .filter(|r| !r.passed && r.file != name)
    {
        println!(
            "note: built-in {} of `{}` now goes the other way: {}\n      got: {}",
            if b.counter {
                "counterexample"
            } else {
                "example"
            },
            sanitize(&b.rule),
            sanitize(&b.text),
            sanitize(&b.got)
        );
    }
    let disabled = c.disabled_rules();
    if !disabled.is_empty() {
        println!("disabled: {}", disabled.join(", "));
    }
    println!(
        "rules {}: {} rules in force; {} examples in {}, {} failed",
        c.rules_version(),
        c.rules().len(),
        results.len(),
        sanitize(&name),
        failed.len()
    );
    if failed.is_empty() {
        EXIT_OK
    } else {
        EXIT_PARTIAL
    }
}

/// One line per rule: name, what it gives, priority, confidence, reason and description.
pub fn list(c: &Classifier) -> String {
    let mut out = format!("rules {}\n", c.rules_version());
    for r in c.rules() {
        let gives = match (r.applies_to, r.label, r.effect) {
            (AppliesTo::Outbound, Some(l), _) => l.as_str().to_string(),
            (AppliesTo::Inbound, _, Some(Effect::NoResponse)) => "inbound: no response".into(),
            (AppliesTo::Inbound, _, Some(Effect::Question)) => "inbound: question".into(),
            _ => String::new(),
        };
        let reason = if r.reason == r.name {
            String::new()
        } else {
            format!(" (reason {})", r.reason)
        };
        out.push_str(&format!(
            "{:<28} {:<22} priority {:>3}  confidence {:.2}{reason}\n",
            r.name, gives, r.priority, r.confidence
        ));
    }
    for d in c.disabled_rules() {
        out.push_str(&format!("{d:<28} disabled\n"));
    }
    out.push_str("\nlexicons\n");
    for l in c.lexicons() {
        let field = match l.field {
            Field::Text => "text",
            Field::Source => "posting client",
        };
        out.push_str(&format!(
            "{:<28} {:>3} patterns, matched against the {field}\n",
            l.name, l.patterns
        ));
    }
    let s = c.settings();
    out.push_str(&format!(
        "\ntemplated replies: at least {} words, sent to at least {} different people, word-pair similarity >= {}\n",
        s.templated_min_words, s.templated_min_recipients, s.templated_similarity
    ));
    out
}
