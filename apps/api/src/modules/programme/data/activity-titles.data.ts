/**
 * The activities' titles in French and Spanish. UNOFFICIAL: the working paper was issued in the six UN
 * languages, but its French and Spanish versions are not in this repository; these are translations made for
 * this tool from the English titles, following the UN's terminology (UNTERM) for the instruments and bodies
 * they name. Each title is marked as an unofficial translation in the data (`translations_official` false)
 * and on screen, until the official text replaces it.
 */
export const ACTIVITY_TITLE_TRANSLATIONS: Readonly<Record<string, { fr: string; es: string }>> = {
  'II.B.1-1': {
    fr: 'Séances sur les obligations de communication d’informations lors des ateliers et séminaires de formation de l’ONUDC',
    es: 'Sesiones sobre las obligaciones de presentación de informes en los talleres y seminarios de capacitación de la UNODC',
  },
  'II.B.2-1': {
    fr: 'Extension de la bibliothèque juridique de l’ONUDC à la Convention contre la criminalité organisée et à ses Protocoles',
    es: 'Ampliación de la biblioteca jurídica de la UNODC a la Convención contra la Delincuencia Organizada y sus Protocolos',
  },
  'II.B.3-1': {
    fr: 'Personnel chargé de la gestion des informations recueillies auprès des États',
    es: 'Personal para la gestión de la información reunida de los Estados',
  },
  'III.B.1-1': {
    fr: 'Méthodes d’évaluation de l’impact de la criminalité organisée dans les pays sortant d’un conflit',
    es: 'Metodologías para evaluar los efectos de la delincuencia organizada en los países que salen de un conflicto',
  },
  'III.B.1-2': {
    fr: 'Faisabilité d’un système d’alerte rapide pour les pays sortant d’un conflit',
    es: 'Viabilidad de un sistema de alerta temprana para los países que salen de un conflicto',
  },
  'III.B.1-3': {
    fr: 'Programmes de formation sur la criminalité organisée pour les policiers et les experts de l’état de droit des missions de maintien de la paix',
    es: 'Programas de capacitación sobre delincuencia organizada para policías y expertos en estado de derecho de las misiones de mantenimiento de la paz',
  },
  'III.B.1-4': {
    fr: 'Meilleures pratiques de lutte contre la criminalité organisée dans les situations d’après-conflit',
    es: 'Mejores prácticas de lucha contra la delincuencia organizada en situaciones posteriores a un conflicto',
  },
  'III.B.2-1': {
    fr: 'Évaluation législative et aide à la rédaction de lois pour les États qui en font la demande',
    es: 'Evaluación legislativa y asistencia en la redacción de leyes a los Estados que lo soliciten',
  },
  'III.B.2-2': {
    fr: 'Extension du réseau de spécialistes de l’assistance juridique sur le terrain',
    es: 'Ampliación de la red de especialistas en asistencia jurídica sobre el terreno',
  },
  'III.B.2-3': {
    fr: 'Approches régionales communes de la réforme législative',
    es: 'Enfoques regionales comunes de la reforma legislativa',
  },
  'III.B.2-4': {
    fr: 'Recherche juridique sur les nouvelles formes de criminalité grave',
    es: 'Investigación jurídica sobre las nuevas formas de delitos graves',
  },
  'III.B.3-1': {
    fr: 'Dispositions types pour l’application de la Convention',
    es: 'Disposiciones modelo para la aplicación de la Convención',
  },
  'III.B.3-2': {
    fr: 'Loi type sur le Protocole relatif aux migrants',
    es: 'Ley modelo sobre el Protocolo relativo a los migrantes',
  },
  'III.B.3-3': {
    fr: 'Loi type sur le Protocole relatif aux armes à feu',
    es: 'Ley modelo sobre el Protocolo sobre armas de fuego',
  },
  'III.B.4-1': {
    fr: 'Formation des enquêteurs, des juges et des procureurs à l’application de la Convention',
    es: 'Capacitación de investigadores, jueces y fiscales para aplicar la Convención',
  },
  'III.B.4-2': {
    fr: 'Bonnes pratiques à l’intention des praticiens de la justice pénale',
    es: 'Buenas prácticas para los profesionales de la justicia penal',
  },
  'III.B.4-3': {
    fr: 'Réunion d’un groupe d’experts sur les unités spécialisées dans la lutte contre la criminalité organisée',
    es: 'Reunión de un grupo de expertos sobre las unidades especializadas en delincuencia organizada',
  },
  'III.B.4-4': {
    fr: 'Matériels de formation sur la criminalité informatique',
    es: 'Material de capacitación sobre delitos informáticos',
  },
  'III.B.4-5': {
    fr: 'Formation à la cybercriminalité pour les services de détection et de répression et les autorités judiciaires des pays en développement',
    es: 'Capacitación sobre ciberdelincuencia para las autoridades policiales y judiciales de los países en desarrollo',
  },
  'III.B.5-1': {
    fr: 'Programmes de formation et documentation sur la protection des témoins et des victimes',
    es: 'Programas de capacitación y material de consulta sobre la protección de testigos y víctimas',
  },
  'III.B.5-2': {
    fr: 'Programmes nationaux et régionaux de protection des témoins en Asie, en Afrique et en Amérique latine',
    es: 'Programas nacionales y regionales de protección de testigos en Asia, África y América Latina',
  },
  'III.B.5-3': {
    fr: 'Coopération entre les services de détection et de répression et la société civile à l’appui des victimes et des témoins',
    es: 'Cooperación entre las autoridades policiales y la sociedad civil en apoyo de las víctimas y los testigos',
  },
  'III.B.5-4': {
    fr: 'Formation en cours d’emploi des juges et des procureurs aux affaires de protection des témoins',
    es: 'Capacitación en el empleo de jueces y fiscales en casos de protección de testigos',
  },
  'III.B.5-5': {
    fr: 'Réunions annuelles des réseaux régionaux de services de protection des témoins',
    es: 'Reuniones anuales de las redes regionales de oficinas de protección de testigos',
  },
  'III.B.5-6': {
    fr: 'Voyages d’étude pour les agents de protection des témoins en formation',
    es: 'Viajes de estudio para funcionarios de protección de testigos en formación',
  },
  'III.B.5-7': {
    fr: 'Forum permanent sur la protection des témoins et la biométrie',
    es: 'Foro permanente sobre protección de testigos y biometría',
  },
  'III.B.5-8': {
    fr: 'Coopération internationale pour l’échange de témoins détenus',
    es: 'Cooperación internacional en el intercambio de testigos encarcelados',
  },
  'IV.B.1-1': {
    fr: 'Extension du répertoire en ligne des autorités nationales compétentes',
    es: 'Ampliación del directorio en línea de autoridades nacionales competentes',
  },
  'IV.B.2-1': {
    fr: 'Groupe de travail à composition non limitée sur l’extradition',
    es: 'Grupo de trabajo de composición abierta sobre extradición',
  },
  'IV.B.2-2': {
    fr: 'Groupe de travail à composition non limitée sur l’entraide judiciaire et la confiscation',
    es: 'Grupo de trabajo de composición abierta sobre asistencia judicial recíproca y decomiso',
  },
  'IV.B.3-1': {
    fr: 'Conseils aux États sur la collecte de données relatives aux demandes de coopération internationale',
    es: 'Asesoramiento a los Estados sobre la reunión de datos relativos a las solicitudes de cooperación internacional',
  },
  'IV.B.4-1': {
    fr: 'Matériel de bureau et de télécommunications de base pour les autorités centrales',
    es: 'Equipo básico de oficina y telecomunicaciones para las autoridades centrales',
  },
  'IV.B.4-2': {
    fr: 'Impression des textes législatifs nationaux à l’intention des praticiens de la justice pénale',
    es: 'Impresión de los textos legislativos nacionales para los profesionales de la justicia penal',
  },
  'IV.B.5-1': {
    fr: 'Atelier régional pour les autorités centrales des Balkans',
    es: 'Taller regional para las autoridades centrales de los Balcanes',
  },
  'IV.B.5-2': {
    fr: 'Atelier régional pour les autorités centrales des Caraïbes',
    es: 'Taller regional para las autoridades centrales del Caribe',
  },
  'IV.B.5-3': {
    fr: 'Atelier régional pour les autorités centrales d’Asie du Sud',
    es: 'Taller regional para las autoridades centrales de Asia Meridional',
  },
  'IV.B.5-4': {
    fr: 'Atelier régional pour les autorités centrales d’Afrique centrale et orientale',
    es: 'Taller regional para las autoridades centrales de África Central y Oriental',
  },
  'IV.B.5-5': {
    fr: 'Atelier régional pour les autorités centrales d’Afrique australe',
    es: 'Taller regional para las autoridades centrales de África Meridional',
  },
  'IV.B.5-6': {
    fr: 'Atelier sous-régional sur la coopération internationale pour les pays d’Amérique du Sud',
    es: 'Taller subregional sobre cooperación internacional para los países de América del Sur',
  },
  'IV.B.5-7': {
    fr: 'Atelier sous-régional sur la coopération internationale pour les pays d’Amérique centrale',
    es: 'Taller subregional sobre cooperación internacional para los países de Centroamérica',
  },
  'IV.B.5-8': {
    fr: 'Formation nationale de suivi sur la coopération internationale au Costa Rica, au Suriname et en Uruguay',
    es: 'Capacitación nacional de seguimiento sobre cooperación internacional en Costa Rica, Suriname y el Uruguay',
  },
  'IV.B.5-9': {
    fr: 'Formation au Rédacteur de requêtes d’entraide judiciaire lors des ateliers régionaux',
    es: 'Capacitación sobre el programa para redactar solicitudes de asistencia judicial recíproca en los talleres regionales',
  },
  'IV.B.6-1': {
    fr: 'Participation d’experts des pays bénéficiaires au groupe consultatif sur la coopération internationale',
    es: 'Participación de expertos de los países beneficiarios en el grupo asesor sobre cooperación internacional',
  },
  'IV.B.7-1': {
    fr: 'Réunion d’un groupe d’experts sur un réseau virtuel d’autorités centrales',
    es: 'Reunión de un grupo de expertos sobre una red virtual de autoridades centrales',
  },
  'IV.B.7-2': {
    fr: 'Réunion de toutes les autorités centrales avant la cinquième session de la Conférence',
    es: 'Reunión de todas las autoridades centrales antes del quinto período de sesiones de la Conferencia',
  },
  'IV.C-1': {
    fr: 'Ateliers de suivi pour les États situés sur les routes du trafic et sur la confiscation des avoirs',
    es: 'Talleres de seguimiento para los Estados situados en las rutas del tráfico y sobre el decomiso de activos',
  },
  'V.B.1-1': {
    fr: 'Méthodes et outils de formation pour combler les lacunes des données sur la criminalité organisée',
    es: 'Metodologías e instrumentos de capacitación para subsanar las lagunas en los datos sobre la delincuencia organizada',
  },
  'V.B.1-2': {
    fr: 'Assistance nationale et régionale pour l’utilisation du manuel ONUDC-CEE sur les enquêtes de victimisation',
    es: 'Asistencia nacional y regional para el uso del manual UNODC-CEPE sobre encuestas de victimización',
  },
  'V.B.2-1': {
    fr: 'Meilleures pratiques, formation entre pairs et réseaux pour l’analyse de la criminalité par les services de détection et de répression',
    es: 'Mejores prácticas, capacitación entre pares y redes para el análisis delictivo de las autoridades policiales',
  },
  'V.B.2-2': {
    fr: 'Logiciel d’analyse de la criminalité organisée pour les pays en développement',
    es: 'Programa informático de análisis de la delincuencia organizada para los países en desarrollo',
  },
  'V.C-1': {
    fr: 'Méthode type pour les évaluations nationales de la menace que représente la criminalité organisée, avec formation',
    es: 'Metodología estándar para las evaluaciones nacionales de la amenaza de la delincuencia organizada, con capacitación',
  },
  'VI.B.1-1': {
    fr: 'Utilisation de la loi type et du manuel de formation de l’ONUDC sur la traite des personnes dans les programmes d’assistance technique',
    es: 'Uso de la ley modelo y el manual de capacitación de la UNODC sobre la trata de personas en los programas de asistencia técnica',
  },
  'VI.B.1-2': {
    fr: 'Outils contre le trafic illicite de migrants semblables à ceux qui existent sur la traite des personnes',
    es: 'Instrumentos contra el tráfico ilícito de migrantes similares a los existentes sobre la trata de personas',
  },
  'VI.B.1-3': {
    fr: 'Essai pilote de méthodes de recherche et d’outils d’évaluation des besoins',
    es: 'Ensayo piloto de metodologías de investigación e instrumentos de evaluación de necesidades',
  },
  'VI.B.1-4': {
    fr: 'Formation sur la traite des personnes dans les opérations de maintien de la paix, avec l’OTAN',
    es: 'Capacitación sobre la trata de personas en las operaciones de mantenimiento de la paz, con la OTAN',
  },
  'VI.B.1-5': {
    fr: 'Publications techniques sur la corruption, le blanchiment d’argent et les infractions visées par les Protocoles',
    es: 'Publicaciones técnicas sobre la corrupción, el blanqueo de dinero y los delitos tipificados en los Protocolos',
  },
  'VI.B.2-1': {
    fr: 'Programme sur les armes à feu : sensibilisation aux questions relatives aux armes à feu et au Protocole relatif aux armes à feu',
    es: 'Programa sobre armas de fuego: sensibilización sobre las cuestiones relativas a las armas de fuego y el Protocolo sobre armas de fuego',
  },
  'VI.B.2-2': {
    fr: 'Programme sur les armes à feu : évaluation des liens entre le trafic d’armes à feu et la criminalité organisée',
    es: 'Programa sobre armas de fuego: evaluación de los vínculos entre el tráfico de armas de fuego y la delincuencia organizada',
  },
  'VI.B.2-3': {
    fr: 'Programme sur les armes à feu : assistance législative et plans d’action nationaux et régionaux',
    es: 'Programa sobre armas de fuego: asistencia legislativa y planes de acción nacionales y regionales',
  },
  'VI.B.2-4': {
    fr: 'Programme sur les armes à feu : formation des services de détection et de répression, de la magistrature et des autorités nationales chargées des armes à feu',
    es: 'Programa sobre armas de fuego: capacitación de las autoridades policiales, judiciales y nacionales encargadas de las armas de fuego',
  },
  'VI.B.2-5': {
    fr: 'Finalisation de la législation type et des directives techniques sur les armes à feu',
    es: 'Finalización de la legislación modelo y las directrices técnicas sobre armas de fuego',
  },
  'VI.B.2-6': {
    fr: 'Manuels d’enquête sur les armes à feu et modules de formation informatisés',
    es: 'Manuales de investigación sobre armas de fuego y módulos de capacitación informatizados',
  },
  'VI.B.2-7': {
    fr: 'Outils de traçage des armes à feu et de contrôle des transferts',
    es: 'Instrumentos de localización de armas de fuego y de control de las transferencias',
  },
  'VI.B.2-8': {
    fr: 'Logiciel de tenue des registres et de gestion des stocks d’armes à feu et base de données sur les saisies illicites',
    es: 'Programa informático de registro y gestión de existencias de armas de fuego y base de datos sobre incautaciones ilícitas',
  },

  // ───────────── current activities (current-activities.data.ts) ─────────────
  'II.A.1-1': {
    fr: 'Liste de contrôle informatisée provisoire en anglais, en espagnol et en français, envoyée sur CD-ROM',
    es: 'Lista de verificación computadorizada provisional en español, francés e inglés, enviada en CD-ROM',
  },
  'II.A.2-1': {
    fr: 'Logiciel complet de collecte d’informations sur la Convention, ses Protocoles et la Convention contre la corruption',
    es: 'Programa informático amplio de reunión de información sobre la Convención, sus Protocolos y la Convención contra la Corrupción',
  },
  'III.A.1-1': {
    fr: 'Programme contre le trafic de drogues à destination et en provenance de la Guinée-Bissau : état de droit et administration de la justice',
    es: 'Programa contra el tráfico de drogas hacia y desde Guinea-Bissau: estado de derecho y administración de justicia',
  },
  'III.A.1-2': {
    fr: 'Programmes intégrés pour d’autres situations d’après conflit : Haïti, République démocratique du Congo, Afrique de l’Ouest',
    es: 'Programas integrados para otras situaciones posteriores a conflictos: Haití, República Democrática del Congo, África Occidental',
  },
  'III.A.2-1': {
    fr: 'Conseils et assistance juridiques pour l’application de la Convention et de ses Protocoles',
    es: 'Asesoramiento y asistencia jurídicos para aplicar la Convención y sus Protocolos',
  },
  'III.A.2-2': {
    fr: 'Lois types sur la traite des personnes et sur la justice pour les enfants victimes et témoins d’actes criminels',
    es: 'Leyes modelo sobre la trata de personas y sobre la justicia para los niños víctimas y testigos de delitos',
  },
  'III.A.2-3': {
    fr: 'Loi type sur la protection des témoins et accord type sur la réinstallation des témoins',
    es: 'Ley modelo sobre protección de testigos y acuerdo modelo sobre reubicación de testigos',
  },
  'III.A.2-4': {
    fr: 'Premières étapes vers une législation type pour le Protocole relatif aux migrants et le Protocole relatif aux armes à feu',
    es: 'Primeros pasos hacia una legislación modelo para el Protocolo sobre los migrantes y el Protocolo sobre armas de fuego',
  },
  'III.A.3-1': {
    fr: 'Étude sur la criminalité liée à l’identité et son groupe central d’experts',
    es: 'Estudio sobre los delitos relacionados con la identidad y su grupo básico de expertos',
  },
  'III.A.3-2': {
    fr: 'Forum virtuel contre la cybercriminalité avec l’Institut coréen de criminologie',
    es: 'Foro virtual contra el delito cibernético con el Instituto Coreano de Criminología',
  },
  'III.A.4-1': {
    fr: 'Bonnes pratiques de protection des témoins dans les procédures pénales relatives à la criminalité organisée',
    es: 'Buenas prácticas para la protección de los testigos en las actuaciones penales relativas a la delincuencia organizada',
  },
  'III.A.5-1': {
    fr: 'Réunion d’experts sur les enquêtes conjointes (article 19)',
    es: 'Reunión de expertos sobre investigaciones conjuntas (artículo 19)',
  },
  'III.C-1': {
    fr: 'Équipes spéciales interdivisions et programmes stratégiques intégrés pour trois régions',
    es: 'Equipos de tareas interdivisionales y programas estratégicos integrados para tres regiones',
  },
  'IV.A-1': {
    fr: 'Ateliers régionaux pour les autorités centrales et autres autorités compétentes (décision 3/2)',
    es: 'Talleres regionales para las autoridades centrales y otras autoridades competentes (decisión 3/2)',
  },
  'IV.A-2': {
    fr: 'Outils de coopération internationale : répertoire en ligne, réseau virtuel, rédacteur de requêtes, recueil d’affaires',
    es: 'Instrumentos de cooperación internacional: directorio en línea, red virtual, redactor de solicitudes, catálogo de casos',
  },
  'IV.A-3': {
    fr: 'Groupe consultatif d’experts sur la coopération internationale',
    es: 'Grupo asesor de expertos sobre cooperación internacional',
  },
  'V.A.1-1': {
    fr: 'Formation et assistance en matière de statistiques et d’enquêtes sur la criminalité (article 28)',
    es: 'Capacitación y asistencia en estadísticas y encuestas sobre la delincuencia (artículo 28)',
  },
  'V.A.1-2': {
    fr: 'Projet de collecte et d’analyse de données sur les drogues, la criminalité et la victimisation en Afrique',
    es: 'Proyecto de reunión y análisis de datos sobre drogas, delincuencia y victimización en África',
  },
  'V.A.2-1': {
    fr: 'Formation à la communication de données par l’Enquête des Nations Unies sur les tendances de la criminalité',
    es: 'Capacitación en la presentación de datos mediante el Estudio de las Naciones Unidas sobre Tendencias Delictivas',
  },
  'V.A.2-2': {
    fr: 'Programme de formation pour l’Asie centrale sur les instruments internationaux de collecte de données',
    es: 'Programa de capacitación para Asia Central sobre los instrumentos internacionales de reunión de datos',
  },
  'V.A.2-3': {
    fr: 'Enquête sur le trafic de drogues en Asie centrale dans le cadre de l’Initiative du Pacte de Paris',
    es: 'Estudio sobre el tráfico de drogas en Asia Central en el marco de la Iniciativa del Pacto de París',
  },
  'V.A.2-4': {
    fr: 'Liste de contrôle des informations de justice pénale sur la traite des êtres humains (UN.GIFT)',
    es: 'Lista de verificación de la información de justicia penal sobre la trata de personas (UN.GIFT)',
  },
  'V.C-2': {
    fr: 'Indicateurs statistiques pour mesurer la criminalité organisée',
    es: 'Indicadores estadísticos para medir la delincuencia organizada',
  },
  'VI.A.1-1': {
    fr: 'Projets d’assistance technique relatifs au Protocole sur la traite des personnes et leurs outils',
    es: 'Proyectos de asistencia técnica relativos al Protocolo sobre la trata de personas y sus instrumentos',
  },
  'VI.A.1-2': {
    fr: 'Modules de formation de la justice pénale contre le trafic illicite de migrants en Afrique du Nord et de l’Ouest',
    es: 'Módulos de capacitación de la justicia penal contra el tráfico ilícito de migrantes en África Septentrional y Occidental',
  },
  'VI.A.1-3': {
    fr: 'Activités de formation avec l’OTAN et les États du Partenariat pour la paix',
    es: 'Actividades de capacitación con la OTAN y los Estados de la Asociación para la Paz',
  },
  'VI.A.2-1': {
    fr: 'Conseils juridiques sur la législation relative aux armes à feu en Bolivie',
    es: 'Asesoramiento jurídico sobre la legislación de armas de fuego en Bolivia',
  },
  'VI.A.2-2': {
    fr: 'Projet contre la fabrication et le trafic illicites d’armes à feu en Colombie',
    es: 'Proyecto contra la fabricación y el tráfico ilícitos de armas de fuego en Colombia',
  },
  'VI.A.2-3': {
    fr: 'Séminaires régionaux de formation sur le trafic d’armes à feu avec le RACVIAC, Zagreb',
    es: 'Seminarios regionales de capacitación sobre el tráfico de armas de fuego con el RACVIAC, Zagreb',
  },
  'VI.A.2-4': {
    fr: 'Directives techniques sur l’enregistrement, le marquage, la neutralisation et les transferts d’armes à feu',
    es: 'Directrices técnicas sobre el registro, el marcado, la desactivación y las transferencias de armas de fuego',
  },
  'VI.A.2-5': {
    fr: 'Dispositions législatives types sur les armes à feu et leur réunion d’experts',
    es: 'Disposiciones legislativas modelo sobre armas de fuego y su reunión de expertos',
  },
};
