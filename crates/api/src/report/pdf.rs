//! The report as a tagged PDF (issue 19): A4, DejaVu Sans (bundled, its
//! licence beside it in `fonts/`), language `en-GB`, the title in the
//! metadata and shown as the window title, checked by krilla's PDF/UA-1
//! validator. A small text flow: greedy word wrap, page breaks, headings
//! kept with the next line, footers (and a draft's DRAFT mark) as
//! artifacts, an outline of the headings.

use krilla::configure::{Accessibility, ConfigurationBuilder};
use krilla::destination::XyzDestination;
use krilla::geom::{Point, Rect};
use krilla::metadata::Metadata;
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::surface::Surface;
use krilla::tagging::{ArtifactType, ContentTag, ListNumbering, SpanTag, Tag, TagGroup, TagTree};
use krilla::text::{Font, TextDirection};
use krilla::{Document, SerializeSettings};
use skrifa::instance::{LocationRef, Size};
use skrifa::MetadataProvider;
use std::num::NonZeroU16;
use std::sync::{Arc, LazyLock};

static REGULAR: &[u8] = include_bytes!("../../fonts/DejaVuSans.ttf");
static BOLD: &[u8] = include_bytes!("../../fonts/DejaVuSans-Bold.ttf");

static FONTS: LazyLock<Option<(Font, Font)>> = LazyLock::new(|| {
    let regular = Font::new(Arc::new(REGULAR.to_vec()).into(), 0)?;
    let bold = Font::new(Arc::new(BOLD.to_vec()).into(), 0)?;
    Some((regular, bold))
});

/// The document's language.
pub const LANGUAGE: &str = "en-GB";

/// A structured item as printed.
pub struct PdfItem {
    pub text: String,
    /// Quality indicator numbers, e.g. "1.1".
    pub indicators: Vec<String>,
}

/// A section as printed: its heading, its prose, then its items.
pub struct PdfSection {
    pub heading: String,
    pub text: String,
    pub items: Vec<PdfItem>,
}

/// What the PDF shows.
pub struct PdfReport {
    /// The document's title (metadata and first heading).
    pub title: String,
    /// Lines under the title: programme, month, theme, version.
    pub facts: Vec<String>,
    pub key_questions: Vec<String>,
    pub sections: Vec<PdfSection>,
    /// Marked DRAFT on every page (and in the title).
    pub draft: bool,
}

/// Why a PDF could not be made.
#[derive(Debug)]
pub struct PdfError(pub String);

impl std::fmt::Display for PdfError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PDF: {}", self.0)
    }
}

impl std::error::Error for PdfError {}

const WIDTH: f32 = 595.0;
const HEIGHT: f32 = 842.0;
const MARGIN: f32 = 56.0;
const FOOTER_Y: f32 = HEIGHT - 32.0;
const BOTTOM: f32 = HEIGHT - 64.0;
const BODY: f32 = 10.5;
const INDENT: f32 = 16.0;

#[derive(Clone, Copy, PartialEq)]
enum Style {
    Title,
    Heading,
    Body,
    Small,
}

impl Style {
    fn size(self) -> f32 {
        match self {
            Style::Title => 18.0,
            Style::Heading => 13.5,
            Style::Body => BODY,
            Style::Small => 9.0,
        }
    }
    fn bold(self) -> bool {
        matches!(self, Style::Title | Style::Heading)
    }
    fn leading(self) -> f32 {
        self.size() * 1.4
    }
}

/// Advance width of text in points.
fn width(data: &[u8], text: &str, size: f32) -> f32 {
    let Ok(font) = skrifa::FontRef::new(data) else {
        return 0.0;
    };
    let charmap = font.charmap();
    let metrics = font.glyph_metrics(Size::new(size), LocationRef::default());
    text.chars()
        .map(|c| {
            let gid = charmap.map(c).unwrap_or_default();
            metrics.advance_width(gid).unwrap_or(size * 0.6)
        })
        .sum()
}

/// Greedy word wrap to `max` points; a word longer than a line is cut.
fn wrap(data: &[u8], text: &str, size: f32, max: f32) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}")
        };
        if width(data, &candidate, size) <= max {
            line = candidate;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        let mut rest = word.to_owned();
        while width(data, &rest, size) > max {
            let mut cut = String::new();
            for c in rest.chars() {
                if width(data, &format!("{cut}{c}"), size) > max && !cut.is_empty() {
                    break;
                }
                cut.push(c);
            }
            let taken = cut.chars().count();
            rest = rest.chars().skip(taken).collect();
            lines.push(cut);
        }
        line = rest;
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// A block of the flow: lines of one style that belong to one tag.
struct Block {
    style: Style,
    kind: BlockKind,
    /// Paragraphs (each wrapped on its own).
    paragraphs: Vec<String>,
}

enum BlockKind {
    Title,
    Heading,
    Paragraph,
    /// A list item: its label (e.g. "1.") and body.
    ListItem {
        label: String,
    },
    /// The start of a list (no text).
    ListStart,
    ListEnd,
}

/// A line placed on a page.
struct Placed {
    page: usize,
    x: f32,
    y: f32,
    text: String,
    style: Style,
}

/// Builds the PDF.
pub fn render(report: &PdfReport) -> Result<Vec<u8>, PdfError> {
    let (regular, bold) = FONTS
        .clone()
        .ok_or_else(|| PdfError("the bundled font cannot be read".into()))?;
    let title = if report.draft {
        format!("DRAFT: {}", report.title)
    } else {
        report.title.clone()
    };

    // The blocks in reading order.
    let mut blocks = vec![Block {
        style: Style::Title,
        kind: BlockKind::Title,
        paragraphs: vec![title.clone()],
    }];
    if report.draft {
        blocks.push(Block {
            style: Style::Body,
            kind: BlockKind::Paragraph,
            paragraphs: vec![
                "DRAFT: not yet approved or published; not for circulation beyond the review."
                    .into(),
            ],
        });
    }
    for fact in &report.facts {
        blocks.push(Block {
            style: Style::Body,
            kind: BlockKind::Paragraph,
            paragraphs: vec![fact.clone()],
        });
    }
    if !report.key_questions.is_empty() {
        blocks.push(Block {
            style: Style::Heading,
            kind: BlockKind::Heading,
            paragraphs: vec!["Key questions".into()],
        });
        blocks.push(Block {
            style: Style::Body,
            kind: BlockKind::ListStart,
            paragraphs: vec![],
        });
        for (n, q) in report.key_questions.iter().enumerate() {
            blocks.push(Block {
                style: Style::Body,
                kind: BlockKind::ListItem {
                    label: format!("{}.", n + 1),
                },
                paragraphs: vec![q.clone()],
            });
        }
        blocks.push(Block {
            style: Style::Body,
            kind: BlockKind::ListEnd,
            paragraphs: vec![],
        });
    }
    for section in &report.sections {
        blocks.push(Block {
            style: Style::Heading,
            kind: BlockKind::Heading,
            paragraphs: vec![section.heading.clone()],
        });
        for paragraph in section.text.split('\n').filter(|p| !p.trim().is_empty()) {
            blocks.push(Block {
                style: Style::Body,
                kind: BlockKind::Paragraph,
                paragraphs: vec![paragraph.trim().to_owned()],
            });
        }
        if !section.items.is_empty() {
            blocks.push(Block {
                style: Style::Body,
                kind: BlockKind::ListStart,
                paragraphs: vec![],
            });
            for (n, item) in section.items.iter().enumerate() {
                let mut paragraphs: Vec<String> = item
                    .text
                    .split('\n')
                    .filter(|p| !p.trim().is_empty())
                    .map(|p| p.trim().to_owned())
                    .collect();
                if !item.indicators.is_empty() {
                    paragraphs.push(format!(
                        "Quality indicators: {}",
                        item.indicators.join(", ")
                    ));
                }
                blocks.push(Block {
                    style: Style::Body,
                    kind: BlockKind::ListItem {
                        label: format!("{}.", n + 1),
                    },
                    paragraphs,
                });
            }
            blocks.push(Block {
                style: Style::Body,
                kind: BlockKind::ListEnd,
                paragraphs: vec![],
            });
        }
    }

    // Lay the blocks out on pages.
    let mut pages = 1usize;
    let mut y = MARGIN;
    let mut placed: Vec<(usize, Vec<Placed>, Option<Placed>)> = Vec::new();
    let mut headings: Vec<(String, usize, f32)> = Vec::new();
    for (b, block) in blocks.iter().enumerate() {
        let (x, label) = match &block.kind {
            BlockKind::ListItem { label } => (MARGIN + INDENT + 6.0, Some(label.clone())),
            BlockKind::ListStart | BlockKind::ListEnd => continue,
            _ => (MARGIN, None),
        };
        let data = if block.style.bold() { BOLD } else { REGULAR };
        let size = block.style.size();
        let leading = block.style.leading();
        let max = WIDTH - MARGIN - x;
        let mut lines: Vec<String> = Vec::new();
        for paragraph in &block.paragraphs {
            lines.extend(wrap(data, paragraph, size, max));
        }
        let before = match block.kind {
            BlockKind::Heading => 10.0,
            BlockKind::Title => 0.0,
            _ => 2.0,
        };
        // A heading keeps with the next two lines.
        let keep = if matches!(block.kind, BlockKind::Heading | BlockKind::Title) {
            leading + 2.0 * Style::Body.leading()
        } else {
            leading
        };
        y += before;
        if y + keep > BOTTOM {
            pages += 1;
            y = MARGIN;
        }
        let mut out = Vec::new();
        let mut label_placed = None;
        for (n, line) in lines.into_iter().enumerate() {
            if y + leading > BOTTOM {
                pages += 1;
                y = MARGIN;
            }
            y += leading;
            if n == 0 {
                if let Some(l) = &label {
                    label_placed = Some(Placed {
                        page: pages - 1,
                        x: MARGIN + 2.0,
                        y,
                        text: l.clone(),
                        style: block.style,
                    });
                }
                if matches!(block.kind, BlockKind::Heading) {
                    headings.push((line.clone(), pages - 1, y - leading));
                }
            }
            out.push(Placed {
                page: pages - 1,
                x,
                y,
                text: line,
                style: block.style,
            });
        }
        y += 4.0;
        placed.push((b, out, label_placed));
    }

    // Draw page by page, each line a tagged span; build the tag tree.
    let settings = SerializeSettings {
        configuration: ConfigurationBuilder::new()
            .with_accessibility_validator(Accessibility::UA1)
            .finish()
            .map_err(|e| PdfError(format!("{e:?}")))?,
        enable_tagging: true,
        ..SerializeSettings::default()
    };
    let mut document = Document::new_with(settings);
    let mut ids: Vec<Vec<krilla::tagging::Identifier>> =
        (0..blocks.len()).map(|_| Vec::new()).collect();
    let mut label_ids: Vec<Option<krilla::tagging::Identifier>> =
        (0..blocks.len()).map(|_| None).collect();
    for page_index in 0..pages {
        let mut page = document.start_page_with(
            PageSettings::from_wh(WIDTH, HEIGHT).ok_or_else(|| PdfError("page size".into()))?,
        );
        let mut surface = page.surface();
        for (b, lines, label) in &placed {
            if let Some(l) = label {
                if l.page == page_index {
                    let id = surface.start_tagged(ContentTag::Span(SpanTag::empty()));
                    draw(&mut surface, &regular, &bold, l);
                    surface.end_tagged();
                    label_ids[*b] = Some(id);
                }
            }
            for line in lines.iter().filter(|l| l.page == page_index) {
                let id = surface.start_tagged(ContentTag::Span(SpanTag::empty()));
                draw(&mut surface, &regular, &bold, line);
                surface.end_tagged();
                ids[*b].push(id);
            }
        }
        let footer = format!("{} — page {} of {}", title, page_index + 1, pages);
        let footer = wrap(REGULAR, &footer, Style::Small.size(), WIDTH - 2.0 * MARGIN)
            .into_iter()
            .next()
            .unwrap_or_default();
        surface.start_tagged(ContentTag::Artifact(krilla::tagging::Artifact::new(
            ArtifactType::Footer,
            None,
        )));
        surface.draw_text(
            Point::from_xy(MARGIN, FOOTER_Y),
            regular.clone(),
            Style::Small.size(),
            &footer,
            false,
            TextDirection::Auto,
        );
        surface.end_tagged();
        if report.draft {
            surface.start_tagged(ContentTag::Artifact(krilla::tagging::Artifact::new(
                ArtifactType::Watermark,
                Rect::from_xywh(MARGIN, 20.0, 200.0, 24.0),
            )));
            surface.draw_text(
                Point::from_xy(MARGIN, 36.0),
                bold.clone(),
                14.0,
                "DRAFT",
                false,
                TextDirection::Auto,
            );
            surface.end_tagged();
        }
        surface.finish();
        page.finish();
    }

    let mut tree = TagTree::new().with_lang(Some(LANGUAGE.to_owned()));
    let mut list: Option<TagGroup> = None;
    for (b, block) in blocks.iter().enumerate() {
        let mut spans = std::mem::take(&mut ids[b]);
        match &block.kind {
            BlockKind::ListStart => list = Some(TagGroup::new(Tag::L(ListNumbering::Decimal))),
            BlockKind::ListEnd => {
                if let Some(l) = list.take() {
                    tree.push(l);
                }
            }
            BlockKind::ListItem { .. } => {
                let mut li = TagGroup::new(Tag::LI);
                if let Some(id) = label_ids[b].take() {
                    let mut lbl = TagGroup::new(Tag::Lbl);
                    lbl.push(id);
                    li.push(lbl);
                }
                let mut body = TagGroup::new(Tag::LBody);
                for id in spans.drain(..) {
                    body.push(id);
                }
                li.push(body);
                match list.as_mut() {
                    Some(l) => l.push(li),
                    None => tree.push(li),
                }
            }
            BlockKind::Title | BlockKind::Heading => {
                let level = if matches!(block.kind, BlockKind::Title) {
                    1
                } else {
                    2
                };
                let text = block.paragraphs.join(" ");
                let mut h = TagGroup::new(Tag::Hn(
                    NonZeroU16::new(level).unwrap_or(NonZeroU16::MIN),
                    Some(text),
                ));
                for id in spans.drain(..) {
                    h.push(id);
                }
                tree.push(h);
            }
            BlockKind::Paragraph => {
                let mut p = TagGroup::new(Tag::P);
                for id in spans.drain(..) {
                    p.push(id);
                }
                tree.push(p);
            }
        }
    }
    document.set_tag_tree(tree);

    let mut outline = Outline::new();
    for (text, page, y) in headings {
        outline.push_child(OutlineNode::new(
            text,
            XyzDestination::new(page, Point::from_xy(MARGIN, y)),
        ));
    }
    document.set_outline(outline);
    document.set_metadata(
        Metadata::new()
            .title(title)
            .language(LANGUAGE.to_owned())
            .creator("Quads".to_owned()),
    );
    document.finish().map_err(|e| PdfError(format!("{e:?}")))
}

fn draw(surface: &mut Surface, regular: &Font, bold: &Font, line: &Placed) {
    let font = if line.style.bold() { bold } else { regular };
    surface.draw_text(
        Point::from_xy(line.x, line.y),
        font.clone(),
        line.style.size(),
        &line.text,
        false,
        TextDirection::Auto,
    );
}
