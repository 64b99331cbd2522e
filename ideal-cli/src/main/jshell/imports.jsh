// The imports that ./ideal shell adds to JShell's defaults: the library's API packages and the Ideal short cuts.
import lat.ideal.model.*;
import lat.ideal.model.method.*;
import lat.ideal.model.validation.*;
import lat.ideal.scoring.*;
import lat.ideal.scoring.evidence.*;
import lat.ideal.scoring.uncertainty.*;
import lat.ideal.scoring.priority.*;
import lat.ideal.scoring.trend.*;
import lat.ideal.io.*;
import lat.ideal.cli.Ideal;
import lat.ideal.cli.GitocMapping;
