import iconsUrl from '@scottish-government/design-system/dist/images/icons/icons.stack.svg?url';

export type IconName = 'priority_high' | 'check_circle' | 'close' | 'menu' | 'search' | 'info' | 'error' | 'warning';

export function Icon({ name, className = '' }: { name: IconName; className?: string }) {
  return (
    <svg className={`ds_icon ${className}`.trim()} aria-hidden="true" focusable="false" role="img">
      <use href={`${iconsUrl}#${name}`} />
    </svg>
  );
}
