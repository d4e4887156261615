// Binary search over lists kept in text order (time words, figures): rules that look back from a
// position find where to start in log time, so a run-on sentence is never walked per figure.

/** The length of the leading run of `list` for which `before` holds (it must hold for a prefix only). */
export function prefixLength<T>(list: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(list[mid] as T)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
