import { useId } from 'react';
import pdfIconUrl from '@scottish-government/design-system/dist/images/documents/svg/pdf.svg?url';

interface Props {
  /** The link's text: what the file is ("Review report: Fife, March 2026 (version 2)"). */
  title: string;
  href: string;
  /** The file's type, as people know it (the thumbnail is the design system's icon for it). */
  fileType: 'PDF';
  /** "1.2 MB", when known. */
  fileSize?: string;
  /** A sentence about the file under its details ("Marked DRAFT on every page."). */
  description?: string;
}

/**
 * The design system's file download: a document thumbnail, the title as the
 * download link, and the file's type (and size, when known) read out after
 * the link's name (aria-describedby). The thumbnail repeats the link for
 * pointer users only, so keyboard and screen-reader users meet one link.
 */
export function FileDownload({ title, href, fileType, fileSize, description }: Props) {
  const detailsId = useId();
  return (
    <div className="ds_file-download">
      <div className="ds_file-download__thumbnail">
        <a className="ds_file-download__thumbnail-link" aria-hidden="true" tabIndex={-1} href={href} download>
          <img className="ds_file-download__thumbnail-image" src={pdfIconUrl} alt="" width="64" height="90" />
        </a>
      </div>
      <div className="ds_file-download__content">
        <a href={href} className="ds_file-download__title" aria-describedby={detailsId} download>
          {title}
        </a>
        <div id={detailsId} className="ds_file-download__details">
          <dl className="ds_metadata ds_metadata--inline">
            <div className="ds_metadata__item">
              <dt className="ds_metadata__key">File type</dt>
              <dd className="ds_metadata__value">
                {fileType}
                {fileSize && <span className="visually-hidden">,</span>}
              </dd>
            </div>
            {fileSize && (
              <div className="ds_metadata__item">
                <dt className="ds_metadata__key">File size</dt>
                <dd className="ds_metadata__value">{fileSize}</dd>
              </div>
            )}
          </dl>
          {description && <p className="ds_file-download__description">{description}</p>}
        </div>
      </div>
    </div>
  );
}
