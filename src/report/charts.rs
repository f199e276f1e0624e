//! Charts: one function per chart, each drawn twice from the same code, as a PNG for slides and as
//! an SVG for the HTML report. Text is drawn with the bundled DejaVu Sans, so no system font
//! library is needed and the images are the same on every machine.

use std::sync::Once;

use anyhow::{Result, anyhow};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::{FontStyle, register_font};

use crate::summary::Summary;

/// Chart size in CSS pixels; PNGs are drawn at twice this for sharp slides.
pub const WIDTH: u32 = 1600;
pub const HEIGHT: u32 = 900;

/// Okabe-Ito colour-blind-safe palette.
pub const PUSH: RGBColor = RGBColor(0xD5, 0x5E, 0x00);
pub const DIALOGUE: RGBColor = RGBColor(0x00, 0x72, 0xB2);

/// One rendered chart.
pub struct Chart {
    /// File stem: `charts/<name>.png`.
    pub name: String,
    pub title: String,
    /// What the chart shows, for the image's alt text.
    pub alt: String,
    pub png: Vec<u8>,
    pub svg: String,
}

fn register_fonts() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let regular: &'static [u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
        let bold: &'static [u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");
        // Registration only fails on an unreadable font; the bundled ones are tested.
        let _ = register_font("sans-serif", FontStyle::Normal, regular);
        let _ = register_font("sans-serif", FontStyle::Bold, bold);
    });
}

/// Renders every chart the summary has data for.
pub fn render(summary: &Summary) -> Result<Vec<Chart>> {
    register_fonts();
    let mut out = Vec::new();
    if !summary.weekly.is_empty() {
        out.push(chart(
            "weekly-push-dialogue",
            format!("Push vs dialogue per week: {}", summary.organization),
            "Outbound items per week, push and dialogue".into(),
            |area| weekly_push_dialogue(summary, area),
            |area| weekly_push_dialogue(summary, area),
        )?);
    }
    Ok(out)
}

/// Draws one chart function on both backends (Rust closures cannot be generic, so the caller
/// passes the same function twice).
fn chart(
    name: &str,
    title: String,
    alt: String,
    bitmap: impl Fn(&DrawingArea<BitMapBackend<'_>, Shift>) -> Result<()>,
    vector: impl Fn(&DrawingArea<SVGBackend<'_>, Shift>) -> Result<()>,
) -> Result<Chart> {
    let (w, h) = (WIDTH * 2, HEIGHT * 2);
    let mut rgb = vec![0u8; (w * h * 3) as usize];
    {
        let area = BitMapBackend::with_buffer(&mut rgb, (w, h)).into_drawing_area();
        bitmap(&area)?;
        area.present().map_err(|e| anyhow!("drawing {name}: {e}"))?;
    }
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, (WIDTH, HEIGHT)).into_drawing_area();
        vector(&area)?;
        area.present().map_err(|e| anyhow!("drawing {name}: {e}"))?;
    }
    Ok(Chart {
        name: name.to_string(),
        title,
        alt,
        png: encode_png(&rgb, w, h)?,
        svg,
    })
}

fn encode_png(rgb: &[u8], w: u32, h: u32) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut out, w, h);
        enc.set_color(png::ColorType::Rgb);
        enc.set_depth(png::BitDepth::Eight);
        let mut writer = enc.write_header()?;
        writer.write_image_data(rgb)?;
    }
    Ok(out)
}

trait Area {
    fn scale(&self) -> f64;
}

impl<DB: DrawingBackend> Area for DrawingArea<DB, Shift> {
    fn scale(&self) -> f64 {
        f64::from(self.dim_in_pixel().0) / f64::from(WIDTH)
    }
}

fn weekly_push_dialogue<DB: DrawingBackend>(
    s: &Summary,
    area: &DrawingArea<DB, Shift>,
) -> Result<()>
where
    DB::ErrorType: 'static,
{
    let k = area.scale();
    let px = |v: f64| (v * k) as i32;
    area.fill(&WHITE).map_err(|e| anyhow!("{e}"))?;
    let max = s
        .weekly
        .iter()
        .map(|w| w.push.max(w.dialogue))
        .max()
        .unwrap_or(0)
        .max(1);
    let period = format!(
        "{} to {}",
        s.weekly.first().map(|w| w.start.as_str()).unwrap_or(""),
        s.weekly.last().map(|w| w.start.as_str()).unwrap_or("")
    );
    let mut c = ChartBuilder::on(area)
        .caption(
            format!("Push vs dialogue per week: {} ({period})", s.organization),
            ("sans-serif", px(40.0)).into_font().style(FontStyle::Bold),
        )
        .margin(px(30.0))
        .x_label_area_size(px(80.0))
        .y_label_area_size(px(100.0))
        .build_cartesian_2d(0..s.weekly.len().max(1), 0..(max + max / 10 + 1))
        .map_err(|e| anyhow!("{e}"))?;
    c.configure_mesh()
        .x_desc("Week starting (Monday)")
        .y_desc("Outbound items per week")
        .label_style(("sans-serif", px(24.0)))
        .axis_desc_style(("sans-serif", px(28.0)))
        .x_labels(8)
        .x_label_formatter(&|i| {
            s.weekly
                .get(*i)
                .map(|w| w.start.clone())
                .unwrap_or_default()
        })
        .draw()
        .map_err(|e| anyhow!("{e}"))?;
    c.draw_series(LineSeries::new(
        s.weekly.iter().enumerate().map(|(i, w)| (i, w.push)),
        PUSH.stroke_width(px(5.0) as u32),
    ))
    .map_err(|e| anyhow!("{e}"))?
    .label("push")
    .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 30, y + 5)], PUSH.filled()));
    c.draw_series(LineSeries::new(
        s.weekly.iter().enumerate().map(|(i, w)| (i, w.dialogue)),
        DIALOGUE.stroke_width(px(5.0) as u32),
    ))
    .map_err(|e| anyhow!("{e}"))?
    .label("dialogue")
    .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 30, y + 5)], DIALOGUE.filled()));
    c.configure_series_labels()
        .label_font(("sans-serif", px(26.0)))
        .border_style(BLACK)
        .background_style(WHITE.mix(0.9))
        .draw()
        .map_err(|e| anyhow!("{e}"))?;
    Ok(())
}
