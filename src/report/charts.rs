//! Charts: one function per chart, each drawn from the same code three times: as PNGs for slides
//! (1600x900 and 3200x1800, `charts/<name>.png` and `charts/<name>@2x.png`) and as an SVG inlined
//! in the HTML report. Text is drawn with the bundled DejaVu Sans, so no system font library is
//! needed and the images are the same on every machine; the SVG names the generic `sans-serif`
//! family, which every browser has offline. Archive text reaches a chart only through the
//! organization's name, which the SVG backend escapes.
//!
//! Every chart carries its title, the organization and the period, axis labels with units, and
//! colours from the Okabe-Ito palette, which stays distinguishable with every common colour-vision
//! deficiency. A chart without data is not drawn at all.

use std::sync::{Mutex, Once};

use anyhow::{Result, anyhow};
use plotters::coord::Shift;
use plotters::coord::ranged1d::{SegmentedCoord, ValueFormatter};
use plotters::coord::types::RangedCoordusize;
use plotters::prelude::*;
use plotters::style::{FontStyle, register_font};

use super::Rows;
use crate::summary::Summary;

/// Chart size in CSS pixels and of the 1x PNG; the 2x PNG is twice this in each direction.
pub const WIDTH: u32 = 1600;
pub const HEIGHT: u32 = 900;

/// Okabe-Ito colours.
pub const PUSH: RGBColor = RGBColor(0xD5, 0x5E, 0x00);
pub const DIALOGUE: RGBColor = RGBColor(0x00, 0x72, 0xB2);
pub const ANSWERED: RGBColor = RGBColor(0x00, 0x9E, 0x73);
pub const UNANSWERED: RGBColor = RGBColor(0xCC, 0x79, 0xA7);
pub const RESPONSE: RGBColor = RGBColor(0x56, 0xB4, 0xE9);
/// Text and axes: near black, and a grey that passes WCAG AA on white.
const INK: RGBColor = RGBColor(0x1A, 0x1A, 0x1A);
const MUTED: RGBColor = RGBColor(0x59, 0x59, 0x59);

/// One rendered chart.
pub struct Chart {
    /// File stem: `charts/<name>.png`.
    pub name: String,
    pub title: String,
    /// What the chart shows, with its main numbers, for the image's alt text.
    pub alt: String,
    /// 1600x900.
    pub png: Vec<u8>,
    /// 3200x1800.
    pub png_2x: Vec<u8>,
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

/// What every chart shows under its title: who and when.
struct Frame {
    title: String,
    subtitle: String,
}

/// The response-time buckets of the distribution chart: upper bound in seconds and label.
const BUCKETS: &[(i64, &str)] = &[
    (15 * 60, "under 15 min"),
    (3600, "15-60 min"),
    (4 * 3600, "1-4 h"),
    (86_400, "4-24 h"),
    (3 * 86_400, "1-3 days"),
    (i64::MAX, "over 3 days"),
];

/// Renders every chart the summary (and, for the distribution, the item rows) has data for.
pub fn render(summary: &Summary, rows: &Rows<'_>) -> Result<Vec<Chart>> {
    register_fonts();
    let s = summary;
    let period = period_label(s);
    let frame = |title: &str| Frame {
        title: title.to_string(),
        subtitle: format!("{} · {period}", s.organization),
    };
    let mut out = Vec::new();
    let weeks = s.weekly.len();
    let canvases = Canvases::default();

    let push: u64 = s.weekly.iter().map(|w| w.push).sum();
    let dialogue: u64 = s.weekly.iter().map(|w| w.dialogue).sum();
    if push + dialogue > 0 {
        let f = frame("Push vs dialogue per week");
        let alt = format!(
            "Line chart of the organization's outbound items per week over {weeks} weeks ({period}): {push} push and {dialogue} dialogue items in all; the most push in one week was {}, the most dialogue {}.",
            s.weekly.iter().map(|w| w.push).max().unwrap_or(0),
            s.weekly.iter().map(|w| w.dialogue).max().unwrap_or(0),
        );
        out.push(chart(
            &canvases,
            "weekly-push-dialogue",
            f,
            alt,
            |a, f| weekly_push_dialogue(s, a, f),
            |a, f| weekly_push_dialogue(s, a, f),
        )?);
    }

    let timed: Vec<(usize, f64)> = s
        .weekly
        .iter()
        .enumerate()
        .filter_map(|(i, w)| w.median_response_seconds.map(|v| (i, v as f64 / 3600.0)))
        .collect();
    if !timed.is_empty() {
        let f = frame("Median response time per week");
        let fastest = timed.iter().map(|t| t.1).fold(f64::INFINITY, f64::min);
        let slowest = timed.iter().map(|t| t.1).fold(0.0, f64::max);
        let alt = format!(
            "Line chart of the median time to a first response, in hours, for each of the {} weeks with answered messages ({period}): from {} to {} hours.",
            timed.len(),
            hours(fastest),
            hours(slowest)
        );
        out.push(chart(
            &canvases,
            "weekly-response-time",
            f,
            alt,
            |a, f| weekly_response_time(s, &timed, a, f),
            |a, f| weekly_response_time(s, &timed, a, f),
        )?);
    }

    let needs: u64 = s.weekly.iter().map(|w| w.needs_response).sum();
    if needs > 0 {
        let f = frame("Messages needing a response, answered and unanswered, per week");
        let answered: u64 = s.weekly.iter().map(|w| w.answered).sum();
        let alt = format!(
            "Stacked bar chart of the messages that needed a response in each of {weeks} weeks ({period}): {needs} in all, {answered} answered and {} unanswered.",
            needs - answered
        );
        out.push(chart(
            &canvases,
            "weekly-unanswered",
            f,
            alt,
            |a, f| weekly_unanswered(s, a, f),
            |a, f| weekly_unanswered(s, a, f),
        )?);
    }

    let shares: Vec<(String, f64)> = s
        .platforms
        .iter()
        .filter_map(|(p, f)| {
            f.dialogue_share.map(|v| {
                let name = crate::model::Platform::from_word(p)
                    .display_name()
                    .to_string();
                (name, v * 100.0)
            })
        })
        .collect();
    if !shares.is_empty() {
        let f = frame("Dialogue share by platform");
        let alt = format!(
            "Bar chart of the share of outbound items that were dialogue on each platform ({period}): {}.",
            shares
                .iter()
                .map(|(p, v)| format!("{p} {v:.0}%"))
                .collect::<Vec<_>>()
                .join(", ")
        );
        out.push(chart(
            &canvases,
            "platform-dialogue-share",
            f,
            alt,
            |a, f| platform_dialogue_share(&shares, a, f),
            |a, f| platform_dialogue_share(&shares, a, f),
        )?);
    }

    let mut counts = vec![0u64; BUCKETS.len()];
    for r in (0..rows.len()).map(|k| rows.flags(k)) {
        if r.needs_response == Some(true)
            && let Some(secs) = r.first_response_seconds
        {
            let b = BUCKETS
                .iter()
                .position(|&(max, _)| secs < max)
                .unwrap_or(BUCKETS.len() - 1);
            counts[b] += 1;
        }
    }
    let total: u64 = counts.iter().sum();
    if total > 0 {
        let f = frame("How long people waited for a first response");
        let alt = format!(
            "Bar chart of {total} answered messages by time to first response ({period}): {}.",
            BUCKETS
                .iter()
                .zip(&counts)
                .map(|((_, l), n)| format!("{l} {n}"))
                .collect::<Vec<_>>()
                .join(", ")
        );
        out.push(chart(
            &canvases,
            "response-time-distribution",
            f,
            alt,
            |a, f| response_distribution(&counts, a, f),
            |a, f| response_distribution(&counts, a, f),
        )?);
    }
    Ok(out)
}

/// The period a chart covers, as dates: the asked-for one, or the archive's first and last item.
pub fn period_label(s: &Summary) -> String {
    let day = |t: &Option<String>| t.as_deref().map(|t| t.get(..10).unwrap_or(t).to_string());
    let from = s.period.since.clone().or_else(|| day(&s.period.first_item));
    let to = s.period.until.clone().or_else(|| day(&s.period.last_item));
    match (from, to) {
        (Some(a), Some(b)) => format!("{a} to {b}"),
        (Some(a), None) => format!("from {a}"),
        (None, Some(b)) => format!("until {b}"),
        (None, None) => "undated items".to_string(),
    }
}

fn hours(h: f64) -> String {
    if h < 10.0 {
        format!("{h:.1}")
    } else {
        format!("{h:.0}")
    }
}

/// Draws one chart function on every backend (closures cannot be generic over the backend, so
/// the caller passes the same function twice).
///
/// The large PNG is drawn on one core while the small one and the SVG are drawn on the other.
fn chart(
    canvases: &Canvases,
    name: &str,
    frame: Frame,
    alt: String,
    bitmap: impl Fn(&DrawingArea<BitMapBackend<'_>, Shift>, &Frame) -> Result<()> + Sync,
    vector: impl Fn(&DrawingArea<SVGBackend<'_>, Shift>, &Frame) -> Result<()> + Sync,
) -> Result<Chart> {
    let (png_2x, small) = rayon::join(
        || bitmap_png(&canvases.large, name, &frame, &bitmap, 2),
        || {
            let png = bitmap_png(&canvases.small, name, &frame, &bitmap, 1);
            let mut svg = String::new();
            {
                let area = SVGBackend::with_string(&mut svg, (WIDTH, HEIGHT)).into_drawing_area();
                vector(&area, &frame)?;
                area.present().map_err(|e| anyhow!("drawing {name}: {e}"))?;
            }
            Ok::<_, anyhow::Error>((png?, svg))
        },
    );
    let (png, svg) = small?;
    Ok(Chart {
        name: name.to_string(),
        title: frame.title,
        alt,
        png,
        png_2x: png_2x?,
        svg,
    })
}

fn bitmap_png(
    canvas: &Mutex<Vec<u8>>,
    name: &str,
    frame: &Frame,
    draw: &impl Fn(&DrawingArea<BitMapBackend<'_>, Shift>, &Frame) -> Result<()>,
    scale: u32,
) -> Result<Vec<u8>> {
    let (w, h) = (WIDTH * scale, HEIGHT * scale);
    let len = (w * h * 3) as usize;
    // Only this chart's drawing of this size uses the canvas now; a panic while drawing ends
    // the run, so a poisoned lock is taken as it is.
    let mut canvas = canvas.lock().unwrap_or_else(|e| e.into_inner());
    if canvas.len() < len {
        canvas.resize(len, 0);
    }
    let rgb = &mut canvas[..len];
    // White, whatever the chart drawn here before left.
    rgb.fill(0xFF);
    {
        let area = BitMapBackend::with_buffer(rgb, (w, h)).into_drawing_area();
        draw(&area, frame)?;
        area.present().map_err(|e| anyhow!("drawing {name}: {e}"))?;
    }
    encode_png(rgb, w, h)
}

/// The pixels of the bitmaps, each drawn over by the next chart of its size: a 3200x1800 canvas
/// is 17 MB, and fresh memory for every chart cost a page fault every 4 KiB, most of the time of
/// drawing the charts. Freed once the charts are drawn.
#[derive(Default)]
struct Canvases {
    /// For the 2x PNGs.
    large: Mutex<Vec<u8>>,
    /// For the 1x PNGs, drawn at the same time as the 2x ones.
    small: Mutex<Vec<u8>>,
}

fn encode_png(rgb: &[u8], w: u32, h: u32) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut out, w, h);
        enc.set_color(png::ColorType::Rgb);
        enc.set_depth(png::BitDepth::Eight);
        enc.set_compression(png::Compression::Fast);
        let mut writer = enc.write_header()?;
        writer.write_image_data(rgb)?;
    }
    Ok(out)
}

/// Sizes in the 1600x900 design, scaled to the drawing area.
struct Px(f64);

impl Px {
    fn of<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>) -> Px {
        Px(f64::from(area.dim_in_pixel().0) / f64::from(WIDTH))
    }
    fn i(&self, v: f64) -> i32 {
        (v * self.0).round() as i32
    }
    fn u(&self, v: f64) -> u32 {
        (v * self.0).round().max(1.0) as u32
    }
}

/// White background, title and subtitle; returns the area left for the plot.
fn framed<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    frame: &Frame,
) -> Result<(DrawingArea<DB, Shift>, Px)> {
    let px = Px::of(area);
    area.fill(&WHITE).map_err(|e| anyhow!("{e}"))?;
    let (top, body) = area.split_vertically(px.i(140.0));
    top.draw_text(
        &frame.title,
        &("sans-serif", px.i(44.0))
            .into_font()
            .style(FontStyle::Bold)
            .color(&INK),
        (px.i(40.0), px.i(30.0)),
    )
    .map_err(|e| anyhow!("{e}"))?;
    top.draw_text(
        &frame.subtitle,
        &("sans-serif", px.i(28.0)).into_font().color(&MUTED),
        (px.i(40.0), px.i(90.0)),
    )
    .map_err(|e| anyhow!("{e}"))?;
    Ok((body.margin(0, px.i(30.0), px.i(20.0), px.i(50.0)), px))
}

/// The label of a segment's centre (the other positions are unlabelled).
fn segment_label(v: &SegmentValue<usize>, name: impl Fn(usize) -> String) -> String {
    match v {
        SegmentValue::CenterOf(i) | SegmentValue::Exact(i) => name(*i),
        SegmentValue::Last => String::new(),
    }
}

fn week_label(s: &Summary, i: usize) -> String {
    s.weekly.get(i).map(|w| w.start.clone()).unwrap_or_default()
}

/// The axes every weekly chart shares: weeks along the bottom, labelled by their Monday.
fn weekly_axes<DB, Y>(
    c: &mut ChartContext<'_, DB, Cartesian2d<SegmentedCoord<RangedCoordusize>, Y>>,
    s: &Summary,
    px: &Px,
    y_desc: &str,
    y_label: &dyn Fn(&Y::ValueType) -> String,
) -> Result<()>
where
    DB: DrawingBackend,
    DB::ErrorType: 'static,
    Y: Ranged + ValueFormatter<Y::ValueType>,
{
    c.configure_mesh()
        .x_desc("Week starting (Monday)")
        .y_desc(y_desc)
        .label_style(("sans-serif", px.i(24.0)).into_font().color(&INK))
        .axis_desc_style(("sans-serif", px.i(28.0)).into_font().color(&INK))
        .x_labels(s.weekly.len().clamp(2, 8))
        .x_label_formatter(&|v| segment_label(v, |i| week_label(s, i)))
        .y_label_formatter(y_label)
        .light_line_style(WHITE)
        .draw()
        .map_err(|e| anyhow!("{e}"))?;
    Ok(())
}

fn weekly_push_dialogue<DB: DrawingBackend>(
    s: &Summary,
    area: &DrawingArea<DB, Shift>,
    frame: &Frame,
) -> Result<()>
where
    DB::ErrorType: 'static,
{
    let (body, px) = framed(area, frame)?;
    let n = s.weekly.len();
    let max = s
        .weekly
        .iter()
        .map(|w| w.push.max(w.dialogue))
        .max()
        .unwrap_or(0)
        .max(1);
    let mut c = ChartBuilder::on(&body)
        .x_label_area_size(px.i(90.0))
        .y_label_area_size(px.i(110.0))
        .build_cartesian_2d((0..n.max(1) - 1).into_segmented(), 0..(max + max / 10 + 1))
        .map_err(|e| anyhow!("{e}"))?;
    weekly_axes(&mut c, s, &px, "Outbound items per week", &|v: &u64| {
        v.to_string()
    })?;
    for (label, colour, get) in [
        (
            "push",
            PUSH,
            (|w| w.push) as fn(&crate::summary::Week) -> u64,
        ),
        ("dialogue", DIALOGUE, |w| w.dialogue),
    ] {
        let r = px.i(7.0);
        c.draw_series(LineSeries::new(
            s.weekly
                .iter()
                .enumerate()
                .map(|(i, w)| (SegmentValue::CenterOf(i), get(w))),
            colour.stroke_width(px.u(5.0)),
        ))
        .map_err(|e| anyhow!("{e}"))?
        .label(label)
        .legend(move |(x, y)| Rectangle::new([(x, y - r), (x + 2 * r, y + r)], colour.filled()));
        c.draw_series(
            s.weekly
                .iter()
                .enumerate()
                .map(|(i, w)| Circle::new((SegmentValue::CenterOf(i), get(w)), r, colour.filled())),
        )
        .map_err(|e| anyhow!("{e}"))?;
    }
    legend(&mut c, &px)
}

fn legend<'a, DB: DrawingBackend + 'a, CT: CoordTranslate>(
    c: &mut ChartContext<'a, DB, CT>,
    px: &Px,
) -> Result<()>
where
    DB::ErrorType: 'static,
{
    c.configure_series_labels()
        .position(SeriesLabelPosition::UpperRight)
        .label_font(("sans-serif", px.i(26.0)).into_font().color(&INK))
        .border_style(MUTED)
        .background_style(WHITE.mix(0.9))
        .margin(px.i(15.0))
        .draw()
        .map_err(|e| anyhow!("{e}"))?;
    Ok(())
}

fn weekly_response_time<DB: DrawingBackend>(
    s: &Summary,
    timed: &[(usize, f64)],
    area: &DrawingArea<DB, Shift>,
    frame: &Frame,
) -> Result<()>
where
    DB::ErrorType: 'static,
{
    let (body, px) = framed(area, frame)?;
    let n = s.weekly.len();
    let max = timed.iter().map(|t| t.1).fold(0.0, f64::max).max(1.0);
    let mut c = ChartBuilder::on(&body)
        .x_label_area_size(px.i(90.0))
        .y_label_area_size(px.i(110.0))
        .build_cartesian_2d((0..n.max(1) - 1).into_segmented(), 0.0..max * 1.1)
        .map_err(|e| anyhow!("{e}"))?;
    weekly_axes(
        &mut c,
        s,
        &px,
        "Median time to first response (hours)",
        &|v: &f64| hours(*v),
    )?;
    let r = px.i(8.0);
    // Consecutive weeks are joined; a week without answered messages breaks the line, so no
    // trend is drawn through weeks that have no data.
    let runs = timed.chunk_by(|a, b| b.0 == a.0 + 1);
    for run in runs {
        c.draw_series(LineSeries::new(
            run.iter().map(|&(i, v)| (SegmentValue::CenterOf(i), v)),
            DIALOGUE.stroke_width(px.u(4.0)),
        ))
        .map_err(|e| anyhow!("{e}"))?;
    }
    c.draw_series(
        timed
            .iter()
            .map(|&(i, v)| Circle::new((SegmentValue::CenterOf(i), v), r, DIALOGUE.filled())),
    )
    .map_err(|e| anyhow!("{e}"))?
    .label("median, weeks with answered messages")
    .legend(move |(x, y)| Circle::new((x + r, y), r, DIALOGUE.filled()));
    legend(&mut c, &px)
}

fn weekly_unanswered<DB: DrawingBackend>(
    s: &Summary,
    area: &DrawingArea<DB, Shift>,
    frame: &Frame,
) -> Result<()>
where
    DB::ErrorType: 'static,
{
    let (body, px) = framed(area, frame)?;
    let n = s.weekly.len();
    let max = s
        .weekly
        .iter()
        .map(|w| w.needs_response)
        .max()
        .unwrap_or(0)
        .max(1);
    let mut c = ChartBuilder::on(&body)
        .x_label_area_size(px.i(90.0))
        .y_label_area_size(px.i(110.0))
        .build_cartesian_2d((0..n.max(1) - 1).into_segmented(), 0..(max + max / 10 + 1))
        .map_err(|e| anyhow!("{e}"))?;
    weekly_axes(&mut c, s, &px, "Messages needing a response", &|v: &u64| {
        v.to_string()
    })?;
    let gap = px.u(8.0);
    let r = px.i(7.0);
    let answered = bars(
        c.as_coord_spec().x_spec(),
        s.weekly.iter().enumerate().map(|(i, w)| (i, w.answered)),
        ANSWERED.filled(),
        gap,
    );
    c.draw_series(answered)
        .map_err(|e| anyhow!("{e}"))?
        .label("answered")
        .legend(move |(x, y)| Rectangle::new([(x, y - r), (x + 2 * r, y + r)], ANSWERED.filled()));
    c.draw_series(s.weekly.iter().enumerate().filter_map(|(i, w)| {
        let open = w.needs_response.saturating_sub(w.answered);
        (open > 0).then(|| {
            let mut bar = Rectangle::new(
                [
                    (SegmentValue::Exact(i), w.answered),
                    (SegmentValue::Exact(i + 1), w.needs_response),
                ],
                UNANSWERED.filled(),
            );
            bar.set_margin(0, 0, gap, gap);
            bar
        })
    }))
    .map_err(|e| anyhow!("{e}"))?
    .label("unanswered")
    .legend(move |(x, y)| Rectangle::new([(x, y - r), (x + 2 * r, y + r)], UNANSWERED.filled()));
    legend(&mut c, &px)
}

fn platform_dialogue_share<DB: DrawingBackend>(
    shares: &[(String, f64)],
    area: &DrawingArea<DB, Shift>,
    frame: &Frame,
) -> Result<()>
where
    DB::ErrorType: 'static,
{
    let (body, px) = framed(area, frame)?;
    let n = shares.len();
    let mut c = ChartBuilder::on(&body)
        .x_label_area_size(px.i(90.0))
        .y_label_area_size(px.i(110.0))
        .build_cartesian_2d((0..n - 1).into_segmented(), 0.0..100.0)
        .map_err(|e| anyhow!("{e}"))?;
    c.configure_mesh()
        .x_desc("Platform")
        .y_desc("Dialogue share of outbound items (%)")
        .label_style(("sans-serif", px.i(24.0)).into_font().color(&INK))
        .axis_desc_style(("sans-serif", px.i(28.0)).into_font().color(&INK))
        .x_labels(n + 1)
        .x_label_formatter(&|v| {
            segment_label(v, |i| {
                shares.get(i).map(|s| s.0.clone()).unwrap_or_default()
            })
        })
        .y_label_formatter(&|v| format!("{v:.0}%"))
        .light_line_style(WHITE)
        .disable_x_mesh()
        .draw()
        .map_err(|e| anyhow!("{e}"))?;
    let gap = px.u(60.0);
    c.draw_series(shares.iter().enumerate().map(|(i, (_, v))| {
        let mut bar = Rectangle::new(
            [
                (SegmentValue::Exact(i), 0.0),
                (SegmentValue::Exact(i + 1), *v),
            ],
            DIALOGUE.filled(),
        );
        bar.set_margin(0, 0, gap, gap);
        bar
    }))
    .map_err(|e| anyhow!("{e}"))?;
    let font = ("sans-serif", px.i(28.0))
        .into_font()
        .style(FontStyle::Bold)
        .color(&INK);
    c.draw_series(shares.iter().enumerate().map(|(i, (_, v))| {
        Text::new(
            format!("{v:.0}%"),
            (SegmentValue::CenterOf(i), (v + 3.0).min(96.0)),
            font.clone(),
        )
    }))
    .map_err(|e| anyhow!("{e}"))?;
    Ok(())
}

fn response_distribution<DB: DrawingBackend>(
    counts: &[u64],
    area: &DrawingArea<DB, Shift>,
    frame: &Frame,
) -> Result<()>
where
    DB::ErrorType: 'static,
{
    let (body, px) = framed(area, frame)?;
    let max = counts.iter().copied().max().unwrap_or(0).max(1);
    let mut c = ChartBuilder::on(&body)
        .x_label_area_size(px.i(90.0))
        .y_label_area_size(px.i(110.0))
        .build_cartesian_2d(
            (0..counts.len() - 1).into_segmented(),
            0..(max + max / 10 + 1),
        )
        .map_err(|e| anyhow!("{e}"))?;
    c.configure_mesh()
        .x_desc("Time to first response")
        .y_desc("Answered messages")
        .label_style(("sans-serif", px.i(24.0)).into_font().color(&INK))
        .axis_desc_style(("sans-serif", px.i(28.0)).into_font().color(&INK))
        .x_labels(counts.len() + 1)
        .x_label_formatter(&|v| {
            segment_label(v, |i| {
                BUCKETS.get(i).map(|b| b.1.to_string()).unwrap_or_default()
            })
        })
        .light_line_style(WHITE)
        .disable_x_mesh()
        .draw()
        .map_err(|e| anyhow!("{e}"))?;
    let distribution = bars(
        c.as_coord_spec().x_spec(),
        counts.iter().enumerate().map(|(i, &n)| (i, n)),
        RESPONSE.filled(),
        px.u(30.0),
    );
    c.draw_series(distribution).map_err(|e| anyhow!("{e}"))?;
    Ok(())
}

/// Vertical bars drawn in index order. plotters' `Histogram` sums its data in a `HashMap` and so
/// draws its bars in a different order on each run, which would make two identical runs give
/// different SVG bytes.
fn bars<X, A>(
    x: &X,
    data: impl Iterator<Item = (usize, A)>,
    style: ShapeStyle,
    margin: u32,
) -> Vec<Rectangle<(X::ValueType, A)>>
where
    X: DiscreteRanged,
    A: Default + Clone,
{
    data.filter_map(|(i, y)| {
        let (from, to) = (x.from_index(i)?, x.from_index(i + 1)?);
        let mut rect = Rectangle::new([(from, y), (to, A::default())], style);
        rect.set_margin(0, 0, margin, margin);
        Some(rect)
    })
    .collect()
}
