/**
 * Wire agencies and their credit codes ("(ats/jch)", "(Reuters)", "(AFP)"), language-independent.
 * The key is how the code appears lower-cased in a credit; the value is the display name.
 */
export const wireAgencies: Record<string, string> = {
  afp: 'AFP',
  ats: 'ATS',
  'keystone-ats': 'Keystone-ATS',
  sda: 'SDA',
  reuters: 'Reuters',
  ap: 'Associated Press',
  'associated press': 'Associated Press',
  dpa: 'dpa',
  ansa: 'ANSA',
  belga: 'Belga',
  efe: 'EFE',
  apa: 'APA',
  bloomberg: 'Bloomberg',
  'upi': 'UPI',
  'kyodo': 'Kyodo',
  'yonhap': 'Yonhap',
  'xinhua': 'Xinhua',
  'tass': 'TASS',
  'ria novosti': 'RIA Novosti',
  'cp': 'The Canadian Press',
  'pa': 'PA Media',
  'aap': 'AAP',
};
