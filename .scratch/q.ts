import { extract } from '../src/extract/index';
for (const t of process.argv.slice(2)) console.log(t, JSON.stringify(extract(t, { published: '2017-10-24' }).figures.map((f) => [f.text, f.value, f.unit, f.kind])));
