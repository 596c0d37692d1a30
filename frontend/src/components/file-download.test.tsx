import { render, screen } from '@testing-library/react';
import { FileDownload } from './file-download';

describe('FileDownload', () => {
  it('is one link for keyboard and screen-reader users, described by its file type and size', () => {
    render(<FileDownload title="Review report: Fife, March 2026" href="/r.pdf" fileType="PDF" fileSize="1.2 MB" />);
    const [link, ...others] = screen.getAllByRole('link');
    expect(others).toHaveLength(0);
    expect(link).toHaveAccessibleName('Review report: Fife, March 2026');
    expect(link).toHaveAttribute('href', '/r.pdf');
    expect(link).toHaveAccessibleDescription(/File type\s*PDF\s*,\s*File size\s*1\.2 MB/);
    // The thumbnail repeats the link for pointers only.
    const thumbnail = document.querySelector('.ds_file-download__thumbnail-link');
    expect(thumbnail).toHaveAttribute('aria-hidden', 'true');
    expect(thumbnail).toHaveAttribute('tabindex', '-1');
  });

  it('leaves the size out when it is not known, and adds a description', () => {
    render(<FileDownload title="Draft" href="/d.pdf" fileType="PDF" description="Marked DRAFT on every page." />);
    expect(screen.getByRole('link')).toHaveAccessibleDescription(/^File type\s*PDF\s*Marked DRAFT on every page\.$/);
    expect(screen.queryByText('File size')).not.toBeInTheDocument();
  });
});
