import { KIB, measureBundleSizes } from './bundle-sizes';
import { type Suite, figure } from './figure';

/** Bundle sizes as figures: one sample each, since a build always gives the same bytes. */
export const sizesSuite: Suite = async ({ extensionDir }) => {
  const sizes = await measureBundleSizes(extensionDir);
  return sizes.map((size) =>
    figure(size.name, 'KB gzip', [Math.round((size.gzipBytes / KIB) * 10) / 10], {
      budget: { max: size.budgetBytes / KIB },
    }),
  );
};
