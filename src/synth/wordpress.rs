//! The library's news blog as a WordPress WXR export (WordPress 6 layout): `wp:author` entries,
//! posts, and under each post its `wp:comment`s: reader comments (some from registered
//! subscribers, some held in moderation), replies by the site's authors (`comment_parent`,
//! `comment_user_id`), readers' thanks after a reply, pingbacks and spam.

use std::fmt::Write as _;
use std::fs::File;
use std::io::{self, BufWriter, Write};

use jiff::Timestamp;

use super::rng::Rng;
use super::text::{Ctx, bank, fill, person, personal};
use super::{Options, Org, Period, Written, local_datetime, sized};

/// The site's authors: id, login, display name, first and last name.
pub const AUTHORS: [(u64, &str, &str, &str, &str); 3] = [
    (1, "mpl_web", "Web Team", "", ""),
    (2, "hokafor", "Helen Okafor", "Helen", "Okafor"),
    (3, "jmartel", "Jonah Martel", "Jonah", "Martel"),
];

/// Mean seconds between blog posts in the sample quarter (two or three a week).
const SAMPLE_GAP: f64 = 2.9 * 86400.0;

const WP_STREAM: u64 = 0x5750;

struct Comment {
    at: Timestamp,
    /// Index of the parent among the post's comments.
    parent: Option<usize>,
    author: String,
    email: String,
    url: String,
    content: String,
    approved: &'static str,
    kind: &'static str,
    user_id: u64,
}

struct BlogPost {
    id: u64,
    at: Timestamp,
    author: usize,
    title: String,
    body: String,
    comments: Vec<Comment>,
}

struct Blog<'a> {
    org: &'a Org,
    rng: Rng,
    period: Period,
    cursor: i64,
    gap: f64,
    bounded: bool,
    post_id: u64,
    people_salt: u64,
}

impl<'a> Blog<'a> {
    fn new(org: &'a Org, mut rng: Rng, period: Period, gap: f64, bounded: bool) -> Blog<'a> {
        let people_salt = rng.next_u64();
        Blog {
            org,
            rng,
            period,
            cursor: period.start.as_second(),
            gap,
            bounded,
            post_id: 1180,
            people_salt,
        }
    }

    fn next_post(&mut self) -> Option<BlogPost> {
        self.cursor += self.rng.exponential(self.gap) as i64;
        if self.bounded && self.cursor >= self.period.end.as_second() {
            return None;
        }
        // Posts go out in office hours, local time.
        let day = Timestamp::from_second(self.cursor)
            .expect("in range")
            .to_zoned(self.org.tz.clone())
            .date();
        let at = day
            .at(
                9 + self.rng.below(8) as i8,
                self.rng.below(60) as i8,
                self.rng.below(60) as i8,
                0,
            )
            .to_zoned(self.org.tz.clone())
            .expect("valid local time")
            .timestamp();
        if self.bounded && at >= self.period.end {
            return None;
        }
        self.post_id += 1 + self.rng.below(9) as u64;
        let b = &bank().blog;
        let mut ctx = Ctx::default();
        let title = self.rng.pick(&b.title).clone();
        let title = fill(&title, &mut ctx, self.org, &mut self.rng).text;
        let mut body = String::new();
        let paragraphs = 2 + self.rng.below(3);
        let mut order: Vec<usize> = (0..b.body.len()).collect();
        for k in 0..paragraphs {
            let j = k + self.rng.below(order.len() - k);
            order.swap(k, j);
            if k > 0 {
                body.push_str("\n\n");
            }
            body.push_str(&fill(&b.body[order[k]], &mut ctx, self.org, &mut self.rng).text);
        }
        let author = 1 + self.rng.below(2);
        let comments = self.comments(at, &title);
        Some(BlogPost {
            id: self.post_id,
            at,
            author,
            title,
            body,
            comments,
        })
    }

    fn later(&mut self, t: Timestamp, median: f64, sigma: f64) -> Option<Timestamp> {
        let at =
            Timestamp::from_second(t.as_second() + 60 + self.rng.lognormal(median, sigma) as i64)
                .expect("in range");
        (at < self.period.end).then_some(at)
    }

    /// A post's comments in the order WordPress numbers them (by time).
    fn comments(&mut self, post_at: Timestamp, title: &str) -> Vec<Comment> {
        let b = &bank().blog;
        let n = (self.rng.exponential(4.5) as usize).min(14);
        let mut out: Vec<Comment> = Vec::new();
        for _ in 0..n {
            let Some(at) = self.later(post_at, 20.0 * 3600.0, 1.2) else {
                continue;
            };
            let kind = self.rng.weighted(&[0.67, 0.08, 0.12]);
            if kind == 1 {
                let site = self.rng.pick(&b.pingback_site).clone();
                let slug: String = site
                    .to_lowercase()
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join("");
                out.push(Comment {
                    at,
                    parent: None,
                    url: format!(
                        "https://{slug}.org/2026/{}/library-news/",
                        self.rng.between(1, 28)
                    ),
                    author: site,
                    email: String::new(),
                    content: format!("[&#8230;] {title} [&#8230;]"),
                    approved: "1",
                    kind: "pingback",
                    user_id: 0,
                });
                continue;
            }
            if kind == 2 {
                let author = self.rng.pick(&b.spam_author).clone();
                out.push(Comment {
                    at,
                    parent: None,
                    email: format!(
                        "{}@mailbox.example",
                        author.to_lowercase().replace(' ', ".")
                    ),
                    url: format!(
                        "https://{}.example.com",
                        author.to_lowercase().replace(' ', "-")
                    ),
                    author,
                    content: self.rng.pick(&b.spam_text).clone(),
                    approved: "spam",
                    kind: "comment",
                    user_id: 0,
                });
                continue;
            }
            let reader = person(self.people_salt ^ self.rng.below(400) as u64);
            let mut ctx = Ctx::with_person(reader.clone());
            let talk = self.rng.pick(&b.talk);
            let template = self.rng.pick(&talk.comment).clone();
            let content = fill(&template, &mut ctx, self.org, &mut self.rng).text;
            let pending = self.rng.chance(0.06);
            let user_id = if self.rng.chance(0.15) {
                self.rng.between(12, 480)
            } else {
                0
            };
            out.push(Comment {
                at,
                parent: None,
                author: reader.name.clone(),
                email: format!("{}@example.net", reader.handle.to_lowercase()),
                url: String::new(),
                content,
                approved: if pending { "0" } else { "1" },
                kind: "comment",
                user_id,
            });
            let asked = out.len() - 1;
            let p = match talk.kind.as_str() {
                "question" => 0.8,
                "complaint" => 0.75,
                _ => 0.35,
            };
            if pending || !self.rng.chance(p) {
                continue;
            }
            let Some(reply_at) = self.later(at, 5.0 * 3600.0, 1.2) else {
                continue;
            };
            let (uid, _, display, _, _) = AUTHORS[1 + self.rng.below(2)];
            let template = self.rng.pick(&talk.reply).clone();
            let content = personal(&template, &mut ctx, self.org, &mut self.rng).text;
            out.push(Comment {
                at: reply_at,
                parent: Some(asked),
                author: display.to_string(),
                email: format!("{}@{}", AUTHORS[uid as usize - 1].1, self.org.site),
                url: format!("https://{}", self.org.site),
                content,
                approved: "1",
                kind: "comment",
                user_id: uid,
            });
            let answered = out.len() - 1;
            if self.rng.chance(0.3)
                && let Some(thanks_at) = self.later(reply_at, 2.0 * 3600.0, 1.0)
            {
                let closer = self.rng.pick(&bank().closer).clone();
                out.push(Comment {
                    at: thanks_at,
                    parent: Some(answered),
                    author: reader.name.clone(),
                    email: format!("{}@example.net", reader.handle.to_lowercase()),
                    url: String::new(),
                    content: closer,
                    approved: "1",
                    kind: "comment",
                    user_id,
                });
            }
        }
        // Number by time; parents keep pointing at the same comments.
        let mut order: Vec<usize> = (0..out.len()).collect();
        order.sort_by_key(|&i| (out[i].at, i));
        let mut rank = vec![0; out.len()];
        for (r, &i) in order.iter().enumerate() {
            rank[i] = r;
        }
        let mut sorted: Vec<Option<Comment>> = (0..out.len()).map(|_| None).collect();
        for (i, mut c) in out.into_iter().enumerate() {
            c.parent = c.parent.map(|p| rank[p]);
            sorted[rank[i]] = Some(c);
        }
        sorted.into_iter().flatten().collect()
    }
}

fn cdata(s: &str) -> String {
    format!("<![CDATA[{}]]>", s.replace("]]>", "]]]]><![CDATA[>"))
}

fn xml_text(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn slug(title: &str) -> String {
    let s: String = title
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    s.split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// Writes the WXR file of the options' size (posts plus comments).
pub fn write(org: &Org, opts: &Options) -> io::Result<Written> {
    let rng = Rng::new(opts.seed).fork(WP_STREAM);
    let mut blog = match opts.items {
        None => Blog::new(org, rng, opts.period, SAMPLE_GAP, true),
        Some(n) => {
            let mut trial = Blog::new(
                org,
                rng.fork(1),
                opts.period,
                opts.period.seconds() as f64 / 400.0,
                true,
            );
            let (mut posts, mut items) = (0u64, 0u64);
            while let Some(p) = trial.next_post() {
                posts += 1;
                items += 1 + p.comments.len() as u64;
            }
            let per_post = items as f64 / posts.max(1) as f64;
            let gap = opts.period.seconds() as f64 / (n as f64 / per_post).max(1.0);
            Blog::new(org, rng, opts.period, gap, false)
        }
    };
    if let Some(dir) = opts.out.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let mut w = BufWriter::with_capacity(1 << 16, File::create(&opts.out)?);
    header(&mut w, org, opts.period.end)?;
    let mut n = 0u64;
    let limit = opts.items.unwrap_or(u64::MAX);
    let mut buf = String::new();
    let mut comment_id = 3400u64;
    while n < limit {
        let Some(mut post) = blog.next_post() else {
            break;
        };
        let room = (limit - n - 1) as usize;
        post.comments.truncate(room);
        n += 1 + post.comments.len() as u64;
        buf.clear();
        item(&mut buf, org, &post, comment_id);
        comment_id += post.comments.len() as u64;
        w.write_all(buf.as_bytes())?;
    }
    w.write_all(b"</channel>\n</rss>\n")?;
    w.flush()?;
    Ok(Written {
        items: n,
        files: vec![sized(opts.out.clone())?],
    })
}

fn header(w: &mut impl Write, org: &Org, generated: Timestamp) -> io::Result<()> {
    let mut h = String::new();
    h.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n");
    for line in [
        "This is a WordPress eXtended RSS file generated by WordPress as an export of your site.",
        "It contains information about your site's posts, pages, comments, categories, and other content.",
        "You may use this file to transfer that content from one site to another.",
        "This file is not intended to serve as a complete backup of your site.",
        "",
        "To import this information into a WordPress site follow these steps:",
        "1. Log in to that site as an administrator.",
        "2. Go to Tools: Import in the WordPress admin panel.",
        "3. Install the \"WordPress\" importer from the list.",
        "4. Activate & Run Importer.",
        "5. Upload this file using the form provided on that page.",
        "6. You will first be asked to map the authors in this export file to users",
        "   on the site. For each author, you may choose to map to an",
        "   existing user on the site or to create a new user.",
        "7. WordPress will then import each of the posts, pages, comments, categories, etc.",
        "   contained in this file into your site.",
    ] {
        if line.is_empty() {
            h.push('\n');
        } else {
            let _ = writeln!(h, "<!-- {line} -->");
        }
    }
    let _ = writeln!(
        h,
        "<!-- generator=\"WordPress/6.6.2\" created=\"{}\" -->",
        generated.strftime("%Y-%m-%d %H:%M")
    );
    h.push_str("<rss version=\"2.0\"\n\txmlns:excerpt=\"http://wordpress.org/export/1.2/excerpt/\"\n\txmlns:content=\"http://purl.org/rss/1.0/modules/content/\"\n\txmlns:wfw=\"http://wellformedweb.org/CommentAPI/\"\n\txmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n\txmlns:wp=\"http://wordpress.org/export/1.2/\"\n>\n\n<channel>\n");
    let _ = writeln!(h, "\t<title>{}</title>", xml_text(&org.name));
    let _ = writeln!(h, "\t<link>https://{}</link>", org.site);
    h.push_str("\t<description>News, events and staff picks from your library</description>\n");
    let _ = writeln!(
        h,
        "\t<pubDate>{}</pubDate>",
        generated.strftime("%a, %d %b %Y %H:%M:%S +0000")
    );
    h.push_str("\t<language>en-US</language>\n\t<wp:wxr_version>1.2</wp:wxr_version>\n");
    let _ = writeln!(
        h,
        "\t<wp:base_site_url>https://{}</wp:base_site_url>",
        org.site
    );
    let _ = writeln!(
        h,
        "\t<wp:base_blog_url>https://{}</wp:base_blog_url>\n",
        org.site
    );
    for (id, login, display, first, last) in AUTHORS {
        let _ = writeln!(
            h,
            "\t\t<wp:author><wp:author_id>{id}</wp:author_id><wp:author_login>{}</wp:author_login><wp:author_email>{}</wp:author_email><wp:author_display_name>{}</wp:author_display_name><wp:author_first_name>{}</wp:author_first_name><wp:author_last_name>{}</wp:author_last_name></wp:author>",
            cdata(login),
            cdata(&format!("{login}@{}", org.site)),
            cdata(display),
            cdata(first),
            cdata(last)
        );
    }
    h.push_str("\n\t\t<wp:category>\n\t\t<wp:term_id>1</wp:term_id>\n\t\t<wp:category_nicename><![CDATA[news]]></wp:category_nicename>\n\t\t<wp:category_parent><![CDATA[]]></wp:category_parent>\n\t\t<wp:cat_name><![CDATA[News]]></wp:cat_name>\n\t</wp:category>\n\n");
    h.push_str("\t<generator>https://wordpress.org/?v=6.6.2</generator>\n\n");
    w.write_all(h.as_bytes())
}

fn item(out: &mut String, org: &Org, p: &BlogPost, first_id: u64) {
    let (_, login, _, _, _) = AUTHORS[p.author - 1];
    let local = local_datetime(org, p.at);
    let gmt = p.at.strftime("%Y-%m-%d %H:%M:%S").to_string();
    let slug = slug(&p.title);
    let link = format!(
        "https://{}/{}/{}/",
        org.site,
        &local[..10].replace('-', "/"),
        slug
    );
    let _ = write!(
        out,
        "\t<item>\n\t\t<title><![CDATA[{}]]></title>\n\t\t<link>{link}</link>\n\t\t<pubDate>{}</pubDate>\n\t\t<dc:creator>{}</dc:creator>\n\t\t<guid isPermaLink=\"false\">https://{}/?p={}</guid>\n\t\t<description></description>\n\t\t<content:encoded>{}</content:encoded>\n\t\t<excerpt:encoded><![CDATA[]]></excerpt:encoded>\n",
        p.title.replace("]]>", "]]]]><![CDATA[>"),
        p.at.strftime("%a, %d %b %Y %H:%M:%S +0000"),
        cdata(login),
        org.site,
        p.id,
        cdata(&p.body)
    );
    let _ = write!(
        out,
        "\t\t<wp:post_id>{}</wp:post_id>\n\t\t<wp:post_date>{}</wp:post_date>\n\t\t<wp:post_date_gmt>{}</wp:post_date_gmt>\n\t\t<wp:post_modified>{}</wp:post_modified>\n\t\t<wp:post_modified_gmt>{}</wp:post_modified_gmt>\n\t\t<wp:comment_status><![CDATA[open]]></wp:comment_status>\n\t\t<wp:ping_status><![CDATA[open]]></wp:ping_status>\n\t\t<wp:post_name>{}</wp:post_name>\n\t\t<wp:status><![CDATA[publish]]></wp:status>\n\t\t<wp:post_parent>0</wp:post_parent>\n\t\t<wp:menu_order>0</wp:menu_order>\n\t\t<wp:post_type><![CDATA[post]]></wp:post_type>\n\t\t<wp:post_password><![CDATA[]]></wp:post_password>\n\t\t<wp:is_sticky>0</wp:is_sticky>\n\t\t<category domain=\"category\" nicename=\"news\"><![CDATA[News]]></category>\n",
        p.id,
        cdata(&local),
        cdata(&gmt),
        cdata(&local),
        cdata(&gmt),
        cdata(&slug)
    );
    for (k, c) in p.comments.iter().enumerate() {
        let parent = c.parent.map_or(0, |i| first_id + i as u64);
        let _ = write!(
            out,
            "\t\t<wp:comment>\n\t\t\t<wp:comment_id>{}</wp:comment_id>\n\t\t\t<wp:comment_author>{}</wp:comment_author>\n\t\t\t<wp:comment_author_email>{}</wp:comment_author_email>\n\t\t\t<wp:comment_author_url>{}</wp:comment_author_url>\n\t\t\t<wp:comment_author_IP>{}</wp:comment_author_IP>\n\t\t\t<wp:comment_date>{}</wp:comment_date>\n\t\t\t<wp:comment_date_gmt>{}</wp:comment_date_gmt>\n\t\t\t<wp:comment_content>{}</wp:comment_content>\n\t\t\t<wp:comment_approved>{}</wp:comment_approved>\n\t\t\t<wp:comment_type>{}</wp:comment_type>\n\t\t\t<wp:comment_parent>{parent}</wp:comment_parent>\n\t\t\t<wp:comment_user_id>{}</wp:comment_user_id>\n\t\t</wp:comment>\n",
            first_id + k as u64,
            cdata(&c.author),
            cdata(&c.email),
            xml_text(&c.url),
            cdata(""),
            cdata(&local_datetime(org, c.at)),
            cdata(&c.at.strftime("%Y-%m-%d %H:%M:%S").to_string()),
            cdata(&c.content),
            cdata(c.approved),
            cdata(c.kind),
            c.user_id
        );
    }
    out.push_str("\t</item>\n");
}
