/**
 * Job-posting links of the applicant tracking systems careers pages embed. Each pattern matches a
 * single posting (never the board root) and yields a key that is the same for the posting's
 * page and its /apply page, so one posting counts once.
 */
interface AtsPattern {
  host: RegExp;
  path: RegExp;
}

const ATS_PATTERNS: readonly AtsPattern[] = [
  // Greenhouse: boards.greenhouse.io/<token>/jobs/<id>, job-boards.greenhouse.io, job-boards.eu…
  { host: /^(boards|job-boards)(\.eu)?\.greenhouse\.io$/, path: /^\/([^/]+)\/jobs\/(\d+)/ },
  // Lever: jobs.lever.co/<company>/<uuid>
  { host: /^jobs\.(eu\.)?lever\.co$/, path: /^\/([^/]+)\/([0-9a-f-]{36})/i },
  // Ashby: jobs.ashbyhq.com/<org>/<uuid>
  { host: /^jobs\.ashbyhq\.com$/, path: /^\/([^/]+)\/([0-9a-f-]{36})/i },
  // Workable: apply.workable.com/<account>/j/<id>
  { host: /^apply\.workable\.com$/, path: /^\/([^/]+)\/j\/([0-9A-F]+)/i },
  // SmartRecruiters: jobs.smartrecruiters.com/<Company>/<id>-<slug>
  { host: /^jobs\.smartrecruiters\.com$/, path: /^\/([^/]+)\/(\d+)/ },
  // Personio: <x>.jobs.personio.de/job/<id> (and .com)
  { host: /^([^.]+)\.jobs\.personio\.(de|com)$/, path: /^\/job\/(\d+)/ },
  // Recruitee: <x>.recruitee.com/o/<slug>
  { host: /^([^.]+)\.recruitee\.com$/, path: /^\/o\/([^/?#]+)/ },
  // Teamtailor: <x>.teamtailor.com/jobs/<id>-<slug>
  { host: /^([^.]+)\.teamtailor\.com$/, path: /^\/jobs\/(\d+)/ },
  // Workday: <x>.wd5.myworkdayjobs.com/<site>/job/<location>/<title>_<req>
  { host: /\.myworkdayjobs\.com$/, path: /\/job\/(.+?)(?:\/apply)?\/?$/ },
];

/** A key for one posting ("boards.greenhouse.io/acme/4012345"), or undefined for any other link. */
export function postingKey(url: URL): string | undefined {
  const host = url.hostname.toLowerCase();
  for (const { host: hostPattern, path } of ATS_PATTERNS) {
    if (!hostPattern.test(host)) continue;
    const match = path.exec(url.pathname);
    return match ? `${host}/${match.slice(1).join('/').toLowerCase()}` : undefined;
  }
  // Greenhouse embeds on the company's own site link postings as ?gh_jid=<id>.
  const ghJobId = url.searchParams.get('gh_jid');
  return ghJobId && /^\d+$/.test(ghJobId) ? `gh_jid:${ghJobId}` : undefined;
}
