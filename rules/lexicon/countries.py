# (id, name, forms beyond the name and its possessive)
C = [
("AD","Andorra",["Andorran"]),
("AG","Antigua and Barbuda",["Antiguan"]),
("AL","Albania",["Albanian"]),
("AO","Angola",["Angolan"]),
("BA","Bosnia and Herzegovina",["Bosnian","Bosnia"]),
("BB","Barbados",["Barbadian"]),
("BD","Bangladesh",["Bangladeshi"]),
("BF","Burkina Faso",["Burkinabe","Burkinabè"]),
("BH","Bahrain",["Bahraini"]),
("BI","Burundi",["Burundian"]),
("BJ","Benin",["Beninese"]),
("BN","Brunei",["Bruneian"]),
("BO","Bolivia",["Bolivian"]),
("BS","the Bahamas",["Bahamian","Bahamas"]),
("BT","Bhutan",["Bhutanese"]),
("BW","Botswana",["Botswanan"]),
("BZ","Belize",["Belizean"]),
("CD","the Democratic Republic of the Congo",["DR Congo","DRC","Democratic Republic of Congo","Democratic Republic of the Congo"]),
("CF","the Central African Republic",["Central African Republic","Central African"]),
("CG","the Republic of the Congo",["Republic of Congo","Republic of the Congo","Congo-Brazzaville"]),
("CI","Ivory Coast",["Ivorian","Côte d'Ivoire","Cote d'Ivoire"]),
("CL","Chile",["Chilean"]),
("CM","Cameroon",["Cameroonian"]),
("CR","Costa Rica",["Costa Rican"]),
("CU","Cuba",["Cuban"]),
("CV","Cape Verde",["Cape Verdean","Cabo Verde"]),
("CY","Cyprus",["Cypriot"]),
("DJ","Djibouti",["Djiboutian"]),
("DM","Dominica",[]),
("DO","the Dominican Republic",["Dominican Republic","Dominican"]),
("DZ","Algeria",["Algerian"]),
("ER","Eritrea",["Eritrean"]),
("FJ","Fiji",["Fijian"]),
("FM","Micronesia",["Micronesian"]),
("GA","Gabon",["Gabonese"]),
("GD","Grenada",["Grenadian"]),
("GH","Ghana",["Ghanaian"]),
("GM","the Gambia",["Gambia","Gambian"]),
("GN","Guinea",["Guinean"]),
("GQ","Equatorial Guinea",["Equatoguinean"]),
("GT","Guatemala",["Guatemalan"]),
("GW","Guinea-Bissau",["Bissau-Guinean"]),
("GY","Guyana",["Guyanese"]),
("HN","Honduras",["Honduran"]),
("HT","Haiti",["Haitian"]),
("IS","Iceland",["Icelandic"]),
("JM","Jamaica",["Jamaican"]),
("JO","Jordan",["Jordanian"]),
("KG","Kyrgyzstan",["Kyrgyz"]),
("KH","Cambodia",["Cambodian"]),
("KI","Kiribati",[]),
("KM","the Comoros",["Comoros","Comorian"]),
("KN","Saint Kitts and Nevis",["St Kitts and Nevis","St. Kitts and Nevis"]),
("KW","Kuwait",["Kuwaiti"]),
("LA","Laos",["Lao","Laotian"]),
("LC","Saint Lucia",["St Lucia","St. Lucia","Saint Lucian"]),
("LI","Liechtenstein",[]),
("LK","Sri Lanka",["Sri Lankan"]),
("LR","Liberia",["Liberian"]),
("LS","Lesotho",[]),
("LU","Luxembourg",["Luxembourgish"]),
("LY","Libya",["Libyan"]),
("MA","Morocco",["Moroccan"]),
("MC","Monaco",["Monegasque"]),
("ME","Montenegro",["Montenegrin"]),
("MG","Madagascar",["Malagasy"]),
("MH","the Marshall Islands",["Marshall Islands","Marshallese"]),
("MK","North Macedonia",["North Macedonian"]),
("ML","Mali",["Malian"]),
("MN","Mongolia",["Mongolian"]),
("MR","Mauritania",["Mauritanian"]),
("MT","Malta",["Maltese"]),
("MU","Mauritius",["Mauritian"]),
("MV","the Maldives",["Maldives","Maldivian"]),
("MW","Malawi",["Malawian"]),
("MY","Malaysia",["Malaysian"]),
("MZ","Mozambique",["Mozambican"]),
("NA","Namibia",["Namibian"]),
("NE","Niger",["Nigerien"]),
("NI","Nicaragua",["Nicaraguan"]),
("NP","Nepal",["Nepali","Nepalese"]),
("NR","Nauru",["Nauruan"]),
("OM","Oman",["Omani"]),
("PA","Panama",["Panamanian"]),
("PE","Peru",["Peruvian"]),
("PG","Papua New Guinea",["Papua New Guinean","PNG"]),
("PW","Palau",["Palauan"]),
("PY","Paraguay",["Paraguayan"]),
("RW","Rwanda",["Rwandan"]),
("SB","the Solomon Islands",["Solomon Islands"]),
("SC","Seychelles",["Seychellois"]),
("SG","Singapore",["Singaporean"]),
("SL","Sierra Leone",["Sierra Leonean"]),
("SM","San Marino",["Sammarinese"]),
("SN","Senegal",["Senegalese"]),
("SO","Somalia",["Somali"]),
("SR","Suriname",["Surinamese"]),
("SS","South Sudan",["South Sudanese"]),
("ST","São Tomé and Príncipe",["Sao Tome and Principe"]),
("SV","El Salvador",["Salvadoran","Salvadorean"]),
("SZ","Eswatini",["Swazi","Swaziland"]),
("TD","Chad",["Chadian"]),
("TG","Togo",["Togolese"]),
("TJ","Tajikistan",["Tajik"]),
("TL","Timor-Leste",["East Timor","Timorese"]),
("TM","Turkmenistan",["Turkmen"]),
("TN","Tunisia",["Tunisian"]),
("TO","Tonga",["Tongan"]),
("TT","Trinidad and Tobago",["Trinidadian"]),
("TV","Tuvalu",["Tuvaluan"]),
("TZ","Tanzania",["Tanzanian"]),
("UG","Uganda",["Ugandan"]),
("UY","Uruguay",["Uruguayan"]),
("UZ","Uzbekistan",["Uzbek"]),
("VC","Saint Vincent and the Grenadines",["St Vincent and the Grenadines","Vincentian"]),
("VU","Vanuatu",["Vanuatuan"]),
("WS","Samoa",["Samoan"]),
("YE","Yemen",["Yemeni"]),
("ZM","Zambia",["Zambian"]),
("ZW","Zimbabwe",["Zimbabwean"]),
]
# A bare name that is also a common first name or word is written only with its possessive.
BARE_ONLY_POSSESSIVE = {"Chad", "Jordan"}
out = ["""# Jurisdictions of the UN member states that offices.toml does not list, so that titles of
# their office-holders ("Senegalese President", "Chile's President") key to the record of
# office-holders (rules/facts/record/). Written by this project from the ISO 3166-1 alpha-2
# codes and the countries' common English names and adjectives (facts, no text copied).
# Generated by rules/lexicon/countries.py; do not edit by hand (change the script's table).
# Forms match case-sensitively. A bare name that is also a common first name (Chad, Jordan)
# is written only with its possessive; the Congos are told apart by their full names only.
"""]
for iso, name, extra in C:
    plain = name[4:] if name.startswith("the ") else name
    forms = []
    if plain not in BARE_ONLY_POSSESSIVE:
        forms.append(plain)
    possessive = plain + ("'" if plain.endswith("s") else "'s")
    forms.append(possessive)
    for f in extra:
        if f not in forms:
            forms.append(f)
    quoted = ", ".join('"%s"' % f.replace('"', '\\"') for f in forms)
    out.append('[[jurisdiction]]\nid = "%s"\nname = "%s"\nforms = [%s]\n' % (iso, name, quoted))
import os
import sys
target = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "countries.toml")
open(target, "w").write("\n".join(out))
