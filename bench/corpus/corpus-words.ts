/** Word pools for the synthetic benchmark corpus (bench/corpus/corpus.ts): plausible, not real. */

/** About forty tags, most used first; the generator favours the front of the list. */
export const TAGS = [
  "Meetup",
  "Kubernetes",
  "Photos",
  "Security",
  "Observability",
  "Community",
  "Platform Engineering",
  "GitOps",
  "Service Mesh",
  "Serverless",
  "Prometheus",
  "OpenTelemetry",
  "eBPF",
  "Helm",
  "Argo CD",
  "Flux",
  "Istio",
  "Linkerd",
  "Cilium",
  "Terraform",
  "CI/CD",
  "Supply Chain",
  "WebAssembly",
  "Networking",
  "Storage",
  "Databases",
  "Machine Learning",
  "FinOps",
  "Sustainability",
  "Multi-cloud",
  "Policy",
  "Chaos Engineering",
  "SRE",
  "Incident Response",
  "Developer Experience",
  "Edge",
  "Careers",
  "Talks",
  "Social",
  "Online",
] as const;

// prettier-ignore
export const FIRST_NAMES = [
  "Amara", "Ben", "Chloe", "Dev", "Elena", "Femi", "Grace", "Hiro", "Isla", "Jonas", "Kavya", "Liam",
  "Maya", "Nikhil", "Olu", "Priya", "Quinn", "Rosa", "Sam", "Tomasz", "Uma", "Viktor", "Wen", "Yusuf",
];

// prettier-ignore
export const LAST_NAMES = [
  "Adeyemi", "Brennan", "Costa", "Dubois", "Evans", "Fischer", "Gupta", "Hughes", "Ivanova", "Jensen",
  "Khan", "Larsen", "Morgan", "Novak", "Okafor", "Patel", "Quinlan", "Rossi", "Schmidt", "Tanaka",
];

// prettier-ignore
export const ORGS = [
  "Jetstack", "Grafana Labs", "Isovalent", "Weaveworks", "Snyk", "Monzo", "Skyscanner", "the BBC",
  "Red Hat", "Microsoft", "Google Cloud", "AWS", "Sainsbury's Tech", "Deliveroo", "Starling Bank",
  "Control Plane", "Container Solutions", "Giant Swarm", "Cisco", "Elastic",
];

// prettier-ignore
export const SUBJECTS = [
  "multi-tenant clusters", "progressive delivery", "eBPF tracing", "zero-trust networking",
  "cost-aware autoscaling", "SBOMs in CI", "OpenTelemetry pipelines", "platform golden paths",
  "stateful workloads", "policy as code", "WebAssembly on the server", "GitOps at scale",
  "chaos experiments", "incident retrospectives", "service mesh migrations", "image signing",
];

// prettier-ignore
export const VERBS = [
  "showed", "explained", "demonstrated", "walked us through", "compared", "argued for", "measured",
];

export const FILLER = [
  "the room asked sharp questions about failure modes",
  "the demo survived a flaky conference Wi-Fi",
  "the numbers came from production, not a lab",
  "the slides are linked below for anyone who missed it",
  "most of the audience had hit the same problem last quarter",
  "the trade-offs were spelled out rather than hidden",
  "a small team can adopt it one service at a time",
  "the open source project welcomes new contributors",
  "the approach held up under a load test of a million requests",
  "the pizza ran out before the questions did",
];

export const VENUES = [
  { venue: "CodeNode", address: "10 South Place, London EC2M 7EB" },
  { venue: "Skills Matter", address: "10 South Place, London EC2M 7EB" },
  { venue: "Google for Startups Campus", address: "4-5 Bonhill Street, London EC2A 4BX" },
  { venue: "The Shard", address: "32 London Bridge Street, London SE1 9SG" },
];

export const SPONSORS = [
  { name: "StorageOS", url: "https://storageos.com/" },
  { name: "Tecknuovo", url: "https://www.tecknuovo.com/" },
  { name: "Contino", url: "https://www.contino.io/" },
  { name: "Pusher", url: "https://pusher.com/" },
  { name: "Control Plane", url: "https://control-plane.io/" },
  { name: "Jetstack", url: "https://www.jetstack.io/" },
];

// prettier-ignore
export const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];
