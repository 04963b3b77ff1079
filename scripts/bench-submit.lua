-- wrk script for scripts/bench.sh: every request submits one complete nomination as the public API takes it
-- (no submissionKey, so the server gives each request its own and each one is a new nomination), each from its own
-- nominator's address as real submits are: the receipt limit per address (RateLimits:AnonymousMailsPerRecipientPerHour)
-- reads that address's newest receipts, and with one address for the whole run that read walked every receipt of it.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[{
  "candidateKind": "Project",
  "candidateName": "Lommevending til Behandling",
  "title": "Lommevending til Behandling – forebyggelse",
  "organisation": "Københavns Vestegns Politi",
  "municipality": "Ballerup",
  "policeDistrict": "Københavns Vestegns Politi",
  "description": "Betjente mødes med unge stofbrugere med forståelse og motiverer dem til behandling i stedet for straf. Indsatsen er udviklet sammen med kommunens rusmiddelcenter og bygger på motiverende samtaler, opfølgning og et tæt samarbejde med skoler og klubber i området.",
  "documentedEffect": "22 betjente og forebyggende medarbejdere er uddannet; 140 unge er henvist, og to ud af tre er stadig i behandling efter et halvt år.",
  "partners": "Brydehuset, Ballerup Kommune",
  "motivation": "Et nyt blik på unge og stoffer, som andre politikredse kan lære af.",
  "nominatorOrganisation": "Københavns Vestegns Politi",
  "nominatorName": "Ditte Wesley",
  "nominatorRole": "Projektleder",
  "nominatorEmail": "ditte.NOMINATOR@politi.test",
  "nominatorPhone": "+45 12 34 56 78",
  "consentGiven": true
}]]

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("thread", threads)
end

local body, sent, run = wrk.body, 0, nil
function init(args)
  run = os.time() .. "-" .. thread
end

request = function()
  sent = sent + 1
  return wrk.format(nil, nil, nil, (body:gsub("NOMINATOR", run .. "-" .. sent, 1)))
end
