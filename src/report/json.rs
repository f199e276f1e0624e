//! `summary.json`: the [`Summary`] as pretty JSON, fields in declaration order.

use anyhow::Result;

use crate::summary::Summary;

/// Renders the summary as JSON bytes, ending with a newline.
pub fn render(summary: &Summary) -> Result<Vec<u8>> {
    let mut out = serde_json::to_vec_pretty(summary)?;
    out.push(b'\n');
    Ok(out)
}
