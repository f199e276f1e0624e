//! The comparison report: several organizations side by side (a client against its peers), each
//! with its own verdict, rendered from their summaries.

use anyhow::{Context, Result};
use minijinja::{Environment, context};

use crate::summary::Summary;

/// Renders `compare.html` for the given summaries, in the order given.
pub fn render(summaries: &[Summary]) -> Result<Vec<u8>> {
    let mut env = Environment::new();
    env.add_template("compare.html", include_str!("templates/compare.html"))
        .context("the comparison template does not parse")?;
    let html = env
        .get_template("compare.html")?
        .render(context! { orgs => summaries })?;
    Ok(html.into_bytes())
}
