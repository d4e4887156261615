import * as chrono from 'chrono-node';
const MONTHS = ['jan','feb','mar','apr','may','jun','jul','aug','sep','oct','nov','dec'];
function mine(text: string) {
  const m = /([a-z]+)\.?\s+(\d{1,2})|(\d{1,2})\s+([a-z]+)/i.exec(text);
  if (!m) return null;
  const month0 = MONTHS.indexOf((m[1] ?? m[4] ?? '').slice(0, 3).toLowerCase());
  const day = Number(m[2] ?? m[3]);
  if (month0 < 0 || day < 1 || day > [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month0]!) return null;
  return { month0, day };
}
let bad = 0;
const names = ['Jan','Jan.','January','Feb','February','Mar','March','Apr','April','May','Jun','June','Jul','July','Aug','August','Sep','Sept','Sept.','September','Oct','Oct.','October','Nov','November','Dec','December'];
for (const n of names) for (let d = 1; d <= 31; d++) for (const t of [`${n} ${d}`, `${d} ${n}`, `${n} ${d} 2019`, `${d} ${n} 2019`]) {
  if (/^\d/.test(t) && n.length <= 4 && !['May','June','July'].includes(n)) continue; // dm form only takes full names
  const c = chrono.en.casual.parseDate(t, { instant: new Date(Date.UTC(2001, 0, 1)), timezone: 0 });
  const a = c ? { month0: c.getUTCMonth(), day: c.getUTCDate() } : null;
  const b = mine(t);
  if (JSON.stringify(a) !== JSON.stringify(b)) { bad++; if (bad < 15) console.log(t, a, b); }
}
console.log('bad', bad);
