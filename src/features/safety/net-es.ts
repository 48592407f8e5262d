import { type NetLexicon, words } from './net-words.js';

// Spanish for the wide net (net.ts), in folded spelling: no accents, lower case, doubled
// letters cut to one when compiled ("llegue" and "legue" read alike), voseo and texting forms.

const DIE = `(?:matar(?:me)?|morir(?:me|nos)?|muert[oa]|matarme|suicidarme|quitarme la vida|desaparecer|dejar de existir|no existir|no despertar|no estar (?:aqui|mas)|irme de este mundo|acabar con (?:todo|mi vida|esto)|terminar con (?:todo|mi vida|esto)|desvivirme|dormir para siempre)`;

export const NET_ES: NetLexicon = {
  idioms: words(
    String.raw`\bme (?:muero|mori|moria|estoy muriendo) de (?:risa|hambre|sueno|ganas de (?!no |morir|desaparecer)|frio|calor|verguenza|amor|aburrimiento|envidia|nervios|cansancio)\b`,
    String.raw`\bme (?:mata|matan|mato|mataba|esta matando|estan matando) (?:el|la|los|las|este|esta|estos|mi|mis|tu|su|de|a |estudiando|trabajando|con)\b|\bme mato (?:a|estudiando|trabajando|de (?:risa|hambre|la risa|calor|frio))\b|\b(?:el|la|ese|esa|este|esta) \w+ me (?:mato|mata|va a matar)\b`,
    String.raw`\bmuert[oa]s? de (?:cansancio|sueno|hambre|risa|frio|miedo)\b|\bprefiero morir(?:me)? (?:antes )?(?:que|a) (?:ir|ver|hacer|tener|volver)\b|\bme voy a matar (?:estudiando|trabajando|de)\b`,
    String.raw`\bno puedo mas con (?:este|esta|el|la|los|mi|mis) (?:printer|impresora|trafico|calor|jefe|vecin\w*|trabajo|examen|wifi|computadora|ordenador|tarea)\b`,
  ),
  negations: words(
    String.raw`\bno (?:quiero|pienso|voy a) (?:morir(?:me)?|matarme|suicidarme|hacerme dano|quitarme la vida)\b(?=\s+(?:~|quiero|solo|sino|pero|necesito))|\bno (?:soy|estoy) suicida\b`,
    String.raw`\bnunca (?:me )?(?:he|haria|habia) (?:pensado|querido|intentado|hecho)(?: \w+){0,2} (?:suicid\w*|matarme|hacerme dano|cortarme|morir(?:me)?)\b|\bsin (?:pensamientos|ideas) (?:suicidas|de muerte)\b`,
  ),
  near: words(String.raw`\b(?:ahora|ahorita|ya mismo|hoy|en este momento)\b`),
  skip: words(
    String.raw`\b(?:atiendo|atender|trabajo con|acompano a|acompanar a|capacito) (?:\w+ ){0,2}(?:intentos|personas|pacientes|casos|gente|jovenes|familias)\b`,
    String.raw`\b(?:mi|mis|su|sus|tu|un|una|el|la) (?:herman[oa]|mama|madre|papa|padre|hij[oa]|amig[oa]|prim[oa]|ti[oa]|espos[oa]|pareja|novi[oa]|abuel[oa]|companer[oa]|vecin[oa]|cliente|paciente|alumn[oa]|sobrin[oa]|suegr[oa])s? (?:\w+ ){0,3}(?:se (?:suicido|mato|quito)|murio|intento|dijo|dice|decia|quiere|queria|esta|estaba|tiene|se corta|habla)`,
    String.raw`\b(?:el|ella|ellos|ellas) (?:\w+ ){0,2}(?:dijo|dice|decia|quiere|queria|intento|se (?:suicido|mato|quito|corta))\b|\bse (?:suicido|quito la vida|mato)\b|\b(?:perdi|perdimos) (?:\w+ ){0,3}(?:por|al) suicidio\b|\bsuicidio de (?:mi|su|un|una)\b|\bprevencion del suicidio\b`,
    String.raw`\b(?:libro|novela|pelicula|peli|cancion|letra|poema|serie|capitulo|personaje|narrador|noticia|articulo|podcast|documental|cita)\b`,
    String.raw`\bcomo (?:puedo |podemos |se puede |le )?(?:ayudo|ayudar|apoyo|apoyar|hablo|hablar|acompano|acompanar|digo|decir)\b|\bsenales de (?:alerta|riesgo)\b|\bplan de seguridad\b|\bproxima sesion\b|\bmis pacientes\b`,
    String.raw`\b(?:hace (?:anos|mucho|tiempo|\d+ anos)|antes (?:pensaba|me cortaba|queria)|de (?:joven|adolescente|nin[oa]|chic[oa])|en (?:la prepa|el colegio|la secundaria|la universidad)|en aquella epoca|cuando era)\b(?!.*\b(?:otra vez|de nuevo|ahora|ultimamente|esta semana|esta noche|todavia)\b)`,
    String.raw`\b(?:limpi[oa]|sobri[oa]) (?:desde hace|hace)\b`,
  ),
  thoughts: words(
    String.raw`\b(?:muer|morir)\w*\b.*\b(?:me daria igual|no me importaria)\b`,
    String.raw`\b(?:me da igual|no me importa|no me importaria|me daria igual)\b(?=.*\b(?:muer|morir|vivir|atropell))|\b(?:muer|morir)\w*\b.*\b(?:me da igual|no me importa)\b|\b(?:me )?decepciona (?:haberme )?despert\w*|\b(?:mejor|ojala) me muer\w*|\b(?:y|que) me mate\b|\bpara morir(?:me)?\b|\bme mato\b|\bmatarme\b|\bacabar con (?:todo|esto|mi vida)\b|\bno sirvo (?:pa|para) nada\b|\bestorbar\b`,
    String.raw`\bcomo hace la gente para seguir\b|\bvivir (?:se siente|es) (?:como )?(?:una obligacion|una carga|un castigo)\b|\bdormirme (?:\w+ ){0,4}(?:no volver|no despertar)\b|\bno (?:frenara|frene|parara)\b|\bme atropellaran\b|\b(?:diagnosticaran|diagnostico|resultados?) (?:\w+ ){0,7}(?:alivio|aliviad)|\bsi desapareciera\b|\bmi (?:propio )?funeral\b|\b(?:jalon|empuje) (?:hacia|al)\b|\bme acerco al borde\b|\bmirando las pastillas\b|\bnada va a mejorar\b|\bno (?:me )?veo (?:\w+ )?futuro\b|\bno veo como esto pueda terminar bien\b|\b(?:volvieron|regresaron|otra vez) (?:\w+ ){0,1}(?:esos )?pensamientos\b|\bno (?:quiero|querer) (?:existir|estar)\b|\bno estar\b|\bestoy cansad[oa] de todo\b`,
    String.raw`\b(?:quiero|quisiera|queria|deseo|deseando|deseaba|desead[oa]|desee|he deseado|ojala|ganas de|pienso en|pensando en|pense en|pensaba en|me gustaria|prefiero|prefiriria|intentar|voy a|me voy a|estoy por|quiero ya|solo quiero|pido|pidiendo|rezo por) (?:\w+ ){0,3}${DIE}\b`,
    String.raw`\b(?:suicid\w*|matarme|me quiero morir|quiero morir|quitarme la vida|acabar con mi vida|desvivir\w*|unalive)\b`,
    String.raw`\b(?:no haber nacido|no hubiera nacido|ojala no (?:existiera|despertara|estuviera))\b`,
    String.raw`\bno (?:quiero|tengo ganas de|me interesa|me importa) (?:\w+ ){0,2}(?:vivir|seguir|despertar|existir|estar aqui|seguir asi|seguir viv[oa]|si vivo|si muero)\b`,
    String.raw`\b(?:ya )?no (?:aguanto|puedo mas|doy mas|puedo seguir|lo soporto|resisto)\b|\bno se (?:cuanto|hasta cuando) (?:mas )?(?:voy a )?(?:aguantar|poder)\b`,
    String.raw`\bno (?:le )?(?:veo|encuentro|tiene|tengo) (?:\w+ ){0,1}(?:sentido|caso|salida|razon|motivo|futuro|esperanza)\b|\bsin (?:sentido|salida|esperanza|futuro)\b|\b(?:para|pa) (?:que|q) (?:sigo|vivo|me esfuerzo|seguir|existo|me levanto|despierto)|\bpor (?:que|q) sigo (?:despertando|vivo|vivi|aqui|respirando)|\bno me imagino (?:un|ningun|mi) futuro\b|\bya no tengo esperanza\b`,
    String.raw`\bno (?:estoy hech[oa]|naci) para (?:vivir|esta vida|este mundo)\b|\bno (?:creo que )?(?:llegue|voy a llegar) a (?:los )?\d+\b|\b(?:pensamientos|ideas) (?:oscur[oa]s|de muerte|feas|suicidas|negras)\b|\bque (?:se acabe|termine|se apague) (?:todo|esto|el ruido)\b|\bpara siempre\b|\bdesaparecer\b|\bno despertar\b|\bque no me deje despertar\b|\b(?:el avion|un carro|un coche|un camion|alguien) (?:se caiga|me atropelle|me pegue|me mate|me choque)\b|\bse caiga el avion\b`,
    String.raw`\blo intente (?:\w+ ){0,3}(?:antes|el ano pasado|una vez|otra vez)|\blo estoy pensando otra vez\b|\bcansad[oa] de (?:vivir|la vida|existir|luchar)\b|\bharto de (?:vivir|todo)\b|\brendirme\b|\bme rindo\b|\bno valgo (?:nada|la pena)\b|\bsi me muriera\b|\bsi yo no estuviera\b`,
    String.raw`\b(?:me da (?:rabia|pena|coraje|bronca|tristeza)|odio|me molesta|me frustra|lamento) (?:\w+ ){0,1}(?:haberme despertado|despertarme|despertar|seguir viv[oa]|estar viv[oa]|haber sobrevivido)\b|\b(?:pensamientos|ideas|ganas) (?:\w+ ){0,3}(?:vuelven|volviendo|regresan|regresando|aparecen otra vez)\b|\b(?:deje de|ya no) (?:creer|creo) (?:que )?(?:haya|hay|exista|existe) (?:una |alguna )?(?:salida|esperanza|futuro)\b`,
  ),
  selfHarm: words(
    String.raw`\bganas de (?:cortar\w*|lastimar\w*|quemar\w*|hacerse dano)\b|\b(?:punetazos|golpes) (?:a|contra) la pared\b|\b(?:abrirme|romperme) los nudillos\b|\bquer\w* sentir dolor\b`,
    String.raw`\brecai\w* (?:con|en) (?:los cortes|cortarme|las autolesiones|hacerme dano)\b|\bme (?:pego|golpeo|lastimo|muerdo)\b|\b(?:moretones|cicatrices|cortes|quemaduras) (?:en|de) (?:las|los|mis) (?:piernas|brazos|munecas|muslos)\b|\blas ganas (?:siguen|vuelven|volvieron)\b`,
    String.raw`\b(?:me )?(?:mordi|muerdo|pego|pegue|golpee|rasguno|rasgue) (?:\w+ ){0,3}(?:el brazo|la cabeza|la pared|los brazos|las piernas)\b|\bcortes nuevos\b|\b(?:dejo|deje) de comer a proposito\b|\bcastigarme\b|\bme queme a proposito\b|\bganas de cortarme\b`,
    String.raw`\b(?:me )?(?:corte|corto|cortaba|cortarme|cortando|queme|quemo|quemarme|golpee|golpeo|golpearme|pegue|lastime|lastimo|lastimarme|rasgue|arane)\b(?! el pelo| las unas| con el papel| cocinando| la mano con el cuchillo)|\bhacerme dano\b|\bme hice dano\b|\bautolesi\w*|\bme di golpes\b`,
    String.raw`\b(?:he vuelto|volvi) a (?:cortarme|hacerme dano|lastimarme|quemarme)\b|\bganas de (?:cortarme|hacerme dano|lastimarme)\b|\bmirando (?:la|una) (?:cuchilla|navaja|hoja)\b`,
  ),
  burden: words(
    String.raw`\bestorbo\b|\b(?:todos|mi familia|mis hijos) (?:estarian|estaran|serian) (?:\w+ ){0,2}(?:bien|mejor) sin (?:mi|vos|ti)\b|\bmerecen una (?:mama|madre|papa|padre) mejor\b|\bmejor criad[oa]s? por otra persona\b`,
    String.raw`\b(?:estarian|estaria|serian|seria|vivirian|estaran) (?:\w+ ){0,2}(?:mejor|mas (?:felices|tranquil\w*|livian\w*)|un alivio) (?:sin mi|si (?:yo )?no estuviera)\b|\bmas (?:liviano|facil|tranquilo) sin mi\b|\bsoy (?:una|un) (?:carga|estorbo|problema)\b|\bnadie (?:lo )?(?:notaria|me extranaria|se daria cuenta)\b|\b(?:alguien|nadie) se daria cuenta\b|\bsin mi\b`,
  ),
  means: words(
    String.raw`\b(?:pastillas?|pastis|pildoras?|medicamentos?|frasco|sobredosis|cuerda|soga|pistola|revolver|arma|escopeta|cuchillo|cuchilla|navaja|hoja de afeitar|veneno|lejia|cloro|gas|carro|coche)\b`,
    String.raw`\b(?:tirarme|me tiro|lanzarme|me lanzo|saltar|salto|colgarme|me cuelgo|ahorcarme|ahogarme)\b`,
  ),
  time: words(
    String.raw`\bal amanecer\b|\bantes de la proxima (?:reunion|sesion)\b|\bpara el (?:viernes|sabado|domingo|lunes|martes|miercoles|jueves)\b`,
    String.raw`\b(?:esta noche|manana|este (?:fin de semana|finde|viernes|sabado|domingo|lunes|martes|miercoles|jueves)|el (?:viernes|sabado|domingo|lunes|martes|miercoles|jueves)|despues de (?:la reunion|esta noche|trabajar|la sesion|cenar)|antes de que (?:amanezca|vuelvan)|a medianoche|pronto|en (?:un rato|unas horas|una hora))\b`,
    String.raw`\b(?:fecha|dia) (?:elegid[oa]|puest[oa]|decidid[oa])\b|\b(?:elegi|escogi|puse) (?:el|la) (?:dia|fecha)\b|\bel \d{1,2} de \w+\b|\b\d{1,2} de (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\b`,
  ),
  place: words(
    String.raw`\b(?:viaducto|presa|represa|autopista|puente peatonal|estuario|vias del tren)\b`,
    String.raw`\b(?:en|arriba del?|sobre|desde|cerca del?|al borde del?) (?:el |la |un |una |mi )?(?:puente|azotea|techo|terraza|cornisa|borde|vias|via del tren|balcon|barandal|baranda|acantilado|precipicio|rio|mar|lago|edificio)\b|\bpiso \d+\b|\b\d+ piso\b|\bya estoy (?:aqui|arriba|aca)\b`,
  ),
  act: words(
    String.raw`\bacabo de (?:saltar|tirarme|tomarme|tomar|cortarme|tragar|beberme)\b`,
    String.raw`\bencerrad[oa] en (?:el|la|mi) \w+ con\b|\besta vez no paro\b|\bno paro hasta\b|\bme lo tome todo\b|\b(?:vacie|vaciar|acabo de vaciar) (?:el|la|los|las) (?:botiquin|frasco|caja|pastillas)\b|\b(?:me bebi|me tome|tome) (?:\w+ ){0,4}con (?:todas )?(?:las|mis) pastillas\b|\blo veo todo borroso\b|\bme da vueltas la cabeza\b|\bmirando (?:para|hacia) abajo\b|\bmeto el (?:carro|coche|auto) (?:al|en el) (?:rio|mar|lago)\b|\bno llam\w+ a nadie\b|\bya tengo (?:las|la|el|un|una) (?:pastillas|soga|cuerda|pistola|arma|cuchilla|navaja|veneno)\b|\bde un tiro\b`,
    String.raw`\b(?:estoy|sigo|voy|vamos|voy caminando|caminando|manejando|sentad[oa]|parad[oa]|esperando) (?:\w+ ){0,3}(?:en|hacia|a|al|pal|para el|para la|frente al?|en la orilla del?) (?:el |la |las )?(?:anden|vias|estacion|puente|acantilado|cerro|lago|rio|mar|borde|orilla|azotea|garaje|monte)\b|\bel tren que no para\b`,
    String.raw`\b(?:sangr\w*|empapad\w*|mareada?o?|quedando dormid[oa]|me estoy durmiendo)\b(?=.*\b(?:brazo|muneca|corte|pastilla|toalla|profund|hospital|nadie|llamen))|\b(?:en la mano|aca al lado|aqui al lado|al lado mio|junto a mi)\b(?=.*\b(?:cuchillo|navaja|pistola|soga|cuerda|pastilla|cuchilla|arma))|\b(?:ya )?(?:empece|amarre|at[eé] la (?:soga|cuerda))\b|\bcompre (?:la|una) (?:soga|cuerda|pistola|arma)\b|\bjunte (?:la|las|los) (?:morfina|pastillas|pildoras|medicamentos)\b|\bprendi el (?:carro|coche|auto) en el garaje\b|\bmezcle (?:las )?(?:pastillas|pildoras) con\b|\bdeje de (?:tomar|ponerme) (?:la insulina|mis (?:medicamentos|pastillas)) a proposito\b|\bme (?:meto|tiro) (?:al|en el) (?:agua|lago|rio|mar)\b|\bno salgo\b|\bhoy si\b|\bnadie me para\b|\bme encerre\b(?=.*\b(?:navaja|cuchillo|pastilla|soga|cuchilla))`,
    String.raw`\b(?:me )?(?:tome|trague|tomé) (?:\w+ ){0,2}(?:todas|todo el|el frasco|la caja|un monton|\d+|las pastillas|mis pastillas)\b|\b(?:haciendo|hacen|hace) efecto\b|\bno siento (?:las|mis) (?:manos|piernas)\b|\bno (?:para|deja) de sangrar\b|\bestoy sangrando\b`,
    String.raw`\bestoy (?:\w+ ){0,2}(?:en|arriba del?|sobre|al borde del?) (?:el |la |un |una )?(?:puente|azotea|techo|cornisa|borde|vias|balcon|barandal|acantilado|edificio)\b|\buna pierna (?:afuera|fuera)\b|\b(?:ya )?esta hecho\b|\bya (?:no )?(?:hay vuelta atras)\b`,
  ),
  farewell: words(
    String.raw`\bcuando (?:lean|leas|lea|vean|veas|encuentren|encuentres|reciban|recibas|abran|abras) (?:esto|este mensaje|esta carta|mi mensaje|mi carta)\b|\bya me (?:habre|abre) (?:tirado|matado|colgado|tomado|lanzado)\b|\bya (?:estare|habre) muert[oa]\b`,
    String.raw`\bno (?:pienso|voy a) volver\b|\badios,? (?:doctor\w*|a todos|grupo|chicos)\b`,
    String.raw`\b(?:fecha|dia) (?:ya )?(?:elegid[oa]|puest[oa]|decidid[oa]|escogid[oa])\b|\b(?:ya )?(?:elegi|escogi|decidi) (?:el|la) (?:dia|fecha)\b|\bnadie (?:se va a dar cuenta|lo va a saber|sabe donde|va a sospechar)\b`,
    String.raw`\b(?:despedirme|me despido|despedida)\b|\bpara esa hora ya\b|\bya habre (?:terminado|acabado)\b|\bprograme un (?:mensaje|correo|video|post)\b|\bvideo de despedida\b|\bcontrasenas\b|\bcierre mis cuentas\b|\bcuando ya no (?:este|estoy)\b|\bdespues de (?:hoy|esta noche|manana) (?:\w+ ){0,4}(?:no|ya)\b|\bno pienso llegar a\b|\bya me encargue de eso\b|\bles dejo mi lugar\b|\bmanana es el dia\b|\belegi el lugar\b|\bfueron lo (?:unico|mejor)\b|\bno llamen a nadie\b|\bya se donde\b`,
    String.raw`\b(?:escribi|he escrito|deje|dejo|termine) (?:\w+ ){0,2}(?:la |una |las |unas )?(?:carta|cartas|nota|notas)\b|\bcarta de despedida\b`,
    String.raw`\b(?:regale|regalo|regalando|he regalado|vendi|he vendido|deje|he dejado|repartir|reparti) (?:\w+ ){0,3}(?:mis cosas|mi ropa|mi celular|mi movil|todo|al perro|al gato|a mi perro|a mi gato|el perro|el gato)\b|\b(?:deje|dejo|tengo|he dejado|ya deje) (?:todo )?(?:arreglado|listo|en orden|ordenado)\b|\bya no (?:lo|los|la|las) voy a necesitar\b`,
    String.raw`\b(?:ultimo|ultima) (?:mensaje|post|publicacion|vez que)\b|\besta es mi despedida\b|\b(?:adios|chau|chao) (?:a todos|para siempre|mundo)\b|\bnos vemos nunca\b|\bno me busquen\b|\b(?:diganle|digan|dile) a (?:mi|mis) (?:\w+ ){0,3}que (?:la|lo|los|las) (?:amo|quiero|quise)\b|\blos quise (?:mucho)?\b|\bgracias (?:a todos )?por (?:todo|escucharme)\b(?=.*\b(?:ultimo|despues|noche|adios|ya no|fueron)\b)|\bno voy a estar (?:\w+ ){0,4}(?:ni|nunca|mas)\b|\bya no voy a estar\b|\bme voy de este mundo\b|\bno vuelvo\b`,
  ),
  intent: words(
    String.raw`\bmi plan es\b|\b(?:forma|manera|metodo|modo) (?:\w+ )?(?:de|para) (?:matarse|matarme|morir|suicidarse|suicidarme|no despertar)\b`,
    String.raw`\bel plan es\b|\bya (?:tengo|esta) todo (?:listo|preparado|planeado)\b|\b(?:asi|para que) no me encuentr\w+\b|\bya recorri el camino\b|\bno busco ayuda\b|\bsin que nadie se entere\b`,
    String.raw`\b(?:voy a|me voy a) (?:hacerlo|tirarme|matarme|saltar|tomar(?:me)? (?:todas|todo|las pastillas)|acabar|terminar)\b|\blo voy a hacer\b|\bya tengo (?:el|un) plan\b|\bse acaba todo\b|\bya (?:lo )?decidi\b|\bya esta decidido\b|\bcuantas (?:\w+ ){0,2}(?:son|necesito|hacen falta) para\b|\bdosis (?:letal|mortal)\b`,
  ),
  ordinaryGoodbye: words(
    String.raw`\b(?:vacaciones|viaje|me mudo|mudanza|nuevo trabajo|me gradue|jubil|nos vemos (?:en|el|la|pronto|a la vuelta|despues)|zoom|boda|luna de miel|cirugia|operacion|cambio de grupo|desintoxicacion|redes sociales|fiesta)\b`,
  )[0] as RegExp,
  hyperbole: /\b(?:me quiero morir|quiero morir(?:me)?|matarme|me mato|morirme de)\b/,
  laughter: /\b(?:ja(?:ja)+|je(?:je)+|jsjs\w*|xd|lol|lmao|broma)\b|😂|🤣|😹/u,
};
