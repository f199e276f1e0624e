//! `earshot schema`: the JSON Schema of `summary.json`, derived from the [`Summary`] type itself
//! so it cannot drift from what the reports contain. Dashboards validate against it.

use anyhow::Result;
use clap::Args;

use super::EXIT_OK;
use crate::summary::Summary;

#[derive(Debug, Args)]
pub struct SchemaArgs {}

/// The schema as pretty JSON, ending with a newline.
pub fn render() -> Result<String> {
    let schema = schemars::schema_for!(Summary);
    Ok(serde_json::to_string_pretty(&schema)? + "\n")
}

pub fn run(_args: SchemaArgs) -> Result<i32> {
    print!("{}", render()?);
    Ok(EXIT_OK)
}
