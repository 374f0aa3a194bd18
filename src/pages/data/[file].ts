/** Downloads: /data/<dataset>.json (the validated contract file) and /data/<dataset>.csv. */
import type { APIRoute, GetStaticPaths } from 'astro';
import * as all from '../../lib/data';
import { DOWNLOADS, csvFile, type Download } from '../../site/downloads';
import { serializeRecords } from '../../lib/serialize';
import type { Datasets } from '../../lib/schemas';

export const getStaticPaths: GetStaticPaths = () => DOWNLOADS.flatMap((name) => [{ params: { file: `${name}.json` } }, { params: { file: `${name}.csv` } }]);

export const GET: APIRoute = ({ params }) => {
  const [name, ext] = String(params.file).split('.') as [Download, 'json' | 'csv'];
  const d = all as unknown as Datasets;
  if (ext === 'json') return new Response(serializeRecords(d[name]), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
  return new Response(csvFile(name, d), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
