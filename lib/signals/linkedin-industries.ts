import industryNames from './linkedin-industries.json';

/**
 * LinkedIn's industry taxonomy (version 2, in use since 2022) as company pages show it in English:
 * all 434 names, sorted, kept as data in linkedin-industries.json. LinkedIn kept the numeric ids
 * of the version 1 industries and renamed them; RENAMED_V1_INDUSTRIES maps the old names, which
 * older pages and data still carry.
 */
export const LINKEDIN_INDUSTRIES: readonly string[] = industryNames;

/**
 * Version 1 names whose version 2 name differs, by their shared LinkedIn id (e.g. id 4: "Computer
 * Software" -> "Software Development"). Names that did not change, or only changed "&" to "and",
 * need no entry: matching ignores that.
 */
const RENAMED_V1_INDUSTRIES: Readonly<Record<string, string>> = {
  'Defense & Space': 'Defense and Space Manufacturing',
  'Computer Hardware': 'Computer Hardware Manufacturing',
  'Computer Software': 'Software Development',
  'Computer Networking': 'Computer Networking Products',
  Internet: 'Technology, Information and Internet',
  Semiconductors: 'Semiconductor Manufacturing',
  'Management Consulting': 'Business Consulting and Services',
  Biotechnology: 'Biotechnology Research',
  'Medical Practice': 'Medical Practices',
  'Hospital & Health Care': 'Hospitals and Health Care',
  Pharmaceuticals: 'Pharmaceutical Manufacturing',
  Veterinary: 'Veterinary Services',
  'Medical Devices': 'Medical Equipment Manufacturing',
  Cosmetics: 'Personal Care Product Manufacturing',
  'Apparel & Fashion': 'Retail Apparel and Fashion',
  'Sporting Goods': 'Sporting Goods Manufacturing',
  Tobacco: 'Tobacco Manufacturing',
  Supermarkets: 'Retail Groceries',
  'Food Production': 'Food and Beverage Manufacturing',
  'Consumer Electronics': 'Computers and Electronics Manufacturing',
  'Consumer Goods': 'Manufacturing',
  Furniture: 'Furniture and Home Furnishings Manufacturing',
  Entertainment: 'Entertainment Providers',
  'Gambling & Casinos': 'Gambling Facilities and Casinos',
  'Leisure, Travel & Tourism': 'Travel Arrangements',
  Sports: 'Spectator Sports',
  'Food & Beverages': 'Food and Beverage Services',
  'Motion Pictures and Film': 'Movies, Videos, and Sound',
  'Broadcast Media': 'Broadcast Media Production and Distribution',
  'Museums and Institutions': 'Museums, Historical Sites, and Zoos',
  'Fine Art': 'Artists and Writers',
  'Recreational Facilities and Services': 'Recreational Facilities',
  'Building Materials': 'Wholesale Building Materials',
  'Aviation & Aerospace': 'Aviation and Aerospace Component Manufacturing',
  Automotive: 'Motor Vehicle Manufacturing',
  Chemicals: 'Chemical Manufacturing',
  Machinery: 'Machinery Manufacturing',
  'Mining & Metals': 'Mining',
  'Oil & Energy': 'Oil and Gas',
  Textiles: 'Textile Manufacturing',
  'Paper & Forest Products': 'Paper and Forest Product Manufacturing',
  'Railroad Manufacture': 'Railroad Equipment Manufacturing',
  Dairy: 'Dairy Product Manufacturing',
  Fishery: 'Fisheries',
  'Primary/Secondary Education': 'Primary and Secondary Education',
  'Education Management': 'Education Administration Programs',
  Research: 'Research Services',
  Military: 'Armed Forces',
  'Legislative Office': 'Legislative Offices',
  Judiciary: 'Administration of Justice',
  'Executive Office': 'Executive Offices',
  'Public Policy': 'Public Policy Offices',
  'Marketing & Advertising': 'Advertising Services',
  Newspapers: 'Newspaper Publishing',
  Publishing: 'Book and Periodical Publishing',
  Printing: 'Printing Services',
  'Package/Freight Delivery': 'Freight and Package Transportation',
  'Civic & Social Organization': 'Civic and Social Organizations',
  'Transportation/Trucking/Railroad': 'Truck Transportation',
  Warehousing: 'Warehousing and Storage',
  'Airlines/Aviation': 'Airlines and Aviation',
  Maritime: 'Maritime Transportation',
  'Information Technology & Services': 'IT Services and IT Consulting',
  'Public Relations & Communications': 'Public Relations and Communications Services',
  Design: 'Design Services',
  'Non-Profit Organization Management': 'Non-profit Organizations',
  'Fund-Raising': 'Fundraising',
  'Program Development': 'Strategic Management Services',
  'Political Organization': 'Political Organizations',
  'Arts & Crafts': 'Retail Art Supplies',
  'Electrical/Electronic Manufacturing': 'Appliances, Electrical, and Electronics Manufacturing',
  'Online Media': 'Online Audio and Video Media',
  Nanotechnology: 'Nanotechnology Research',
  Music: 'Musicians',
  'Logistics & Supply Chain': 'Transportation, Logistics, Supply Chain and Storage',
  Plastics: 'Plastics Manufacturing',
  Wireless: 'Wireless Services',
  'Outsourcing/Offshoring': 'Outsourcing and Offshoring Consulting',
  'Health, Wellness & Fitness': 'Wellness and Fitness Services',
  Animation: 'Animation and Post-production',
  'Commercial Real Estate': 'Leasing Non-residential Real Estate',
  Philanthropy: 'Philanthropic Fundraising Services',
  'E-Learning': 'E-Learning Providers',
  'Import & Export': 'Wholesale Import and Export',
  'Mechanical or Industrial Engineering': 'Industrial Machinery Manufacturing',
  'Human Resources': 'Human Resources Services',
  'Business Supplies & Equipment': 'Retail Office Equipment',
  'Wine & Spirits': 'Beverage Manufacturing',
  'Luxury Goods & Jewelry': 'Retail Luxury Goods and Jewelry',
  'Renewables & Environment': 'Renewable Energy Semiconductor Manufacturing',
  'Glass, Ceramics & Concrete': 'Glass, Ceramics and Concrete Manufacturing',
  'Packaging & Containers': 'Packaging and Containers Manufacturing',
  'Industrial Automation': 'Automation Machinery Manufacturing',
  'Government Relations': 'Government Relations Services',
};

/** Longer than any industry name; past this the text is a description, not an industry. */
const MAX_INDUSTRY_LENGTH = 100;

/**
 * Case, whitespace, commas and "&" versus "and" do not matter, so "Staffing & Recruiting" and
 * "Movies, Videos and Sound" (LinkedIn spells it both ways) find their names.
 */
function industryKey(text: string): string {
  return text
    .replace(/\p{Cf}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/,/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

let industryIndex: ReadonlyMap<string, string> | undefined;

function buildIndustryIndex(): ReadonlyMap<string, string> {
  const index = new Map<string, string>();
  for (const [oldName, name] of Object.entries(RENAMED_V1_INDUSTRIES)) index.set(industryKey(oldName), name);
  // Current names last: where an old name is also a current one, the current meaning wins.
  for (const name of LINKEDIN_INDUSTRIES) index.set(industryKey(name), name);
  return index;
}

/** LinkedIn's current name for an industry ("Computer Software" -> "Software Development"). */
export function canonicalIndustry(text: string): string | undefined {
  try {
    if (typeof text !== 'string' || text.length > MAX_INDUSTRY_LENGTH) return undefined;
    industryIndex ??= buildIndustryIndex();
    return industryIndex.get(industryKey(text));
  } catch {
    return undefined;
  }
}
