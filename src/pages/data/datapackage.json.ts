/** /data/datapackage.json: a Frictionless Data Package listing every download with its licence and sources. */
import type { APIRoute } from 'astro';
import { dataPackage } from '../../site/licence';

export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(dataPackage(site ?? 'http://localhost/'), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
