using System.Globalization;
using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace LtvKit.Clv;

/// <summary>Maximum likelihood over positive parameters: Nelder–Mead on their logarithms, from several starts, with restarts.</summary>
/// <remarks>
/// Every model parameter is positive, so the optimiser works on ln θ, which is unconstrained. Nelder–Mead
/// (MathNet.Numerics) stops when the simplex's function values agree to <see cref="FunctionTolerance"/>
/// (relative); a simplex can stall short of the optimum, so the search restarts from the best point until a
/// restart no longer improves the log-likelihood by more than <see cref="ImprovementTolerance"/>.
/// </remarks>
internal static class LogSpaceOptimizer
{
    /// <summary>Relative spread of the simplex's values at which Nelder–Mead stops.</summary>
    private const double FunctionTolerance = 1e-13;

    /// <summary>Absolute log-likelihood gain below which a restart counts as "no better".</summary>
    private const double ImprovementTolerance = 1e-9;

    /// <summary>Function evaluations allowed per Nelder–Mead run.</summary>
    private const int MaximumEvaluations = 20_000;

    /// <summary>Restarts from the best point, at most.</summary>
    private const int MaximumRestarts = 8;

    /// <summary>|ln θ| above this means a parameter ran off to 0 or infinity: the data cannot pin the model down.</summary>
    private const double LogParameterLimit = 25;

    /// <summary>Stands in for a log-likelihood that cannot be evaluated (overflow far from the optimum).</summary>
    private const double Penalty = 1e300;

    /// <summary>Maximises <paramref name="logLikelihood"/>; returns the parameters (not their logs) and the fit report.</summary>
    /// <param name="logLikelihood">Log-likelihood of the data at positive parameters.</param>
    /// <param name="starts">Starting parameter vectors (positive).</param>
    /// <param name="customers">Number of customers in the likelihood, for the report.</param>
    /// <param name="modelName">Model name for error messages.</param>
    /// <param name="parameterNames">Parameter names for error messages.</param>
    public static (double[] Parameters, MaximumLikelihoodFit Fit) Maximise(
        Func<double[], double> logLikelihood,
        IEnumerable<double[]> starts,
        int customers,
        string modelName,
        IReadOnlyList<string> parameterNames)
    {
        double Objective(Vector<double> logTheta)
        {
            var theta = logTheta.Select(Math.Exp).ToArray();
            if (theta.Any(t => !(t > 0) || !double.IsFinite(t)))
            {
                return Penalty;
            }

            var value = -logLikelihood(theta);
            return double.IsFinite(value) ? value : Penalty;
        }

        var objective = ObjectiveFunction.Value(Objective);
        var solver = new NelderMeadSimplex(FunctionTolerance, MaximumEvaluations);
        Vector<double>? best = null;
        var bestValue = double.PositiveInfinity;
        var iterations = 0;
        var converged = false;
        foreach (var start in starts)
        {
            var point = Vector<double>.Build.DenseOfEnumerable(start.Select(s => Math.Log(s)));
            var value = Objective(point);
            var runConverged = false;
            for (var restart = 0; restart <= MaximumRestarts; restart++)
            {
                MinimizationResult result;
                try
                {
                    result = solver.FindMinimum(objective, point);
                }
                catch (MaximumIterationsException)
                {
                    runConverged = false;
                    break;
                }

                iterations += result.Iterations;
                var improvement = value - result.FunctionInfoAtMinimum.Value;
                point = result.MinimizingPoint;
                value = result.FunctionInfoAtMinimum.Value;
                runConverged = result.ReasonForExit == ExitCondition.Converged;
                if (!runConverged || improvement <= ImprovementTolerance)
                {
                    break;
                }
            }

            if (runConverged && value < bestValue)
            {
                best = point;
                bestValue = value;
                converged = true;
            }
        }

        if (best is null || !converged || bestValue >= Penalty)
        {
            throw new ClvException(
                $"The {modelName} fit did not converge: the optimiser found no stable maximum of the likelihood. " +
                "This usually means too few customers or too short a calibration window; use more history or a later calibration end.");
        }

        var runaway = Enumerable.Range(0, best.Count).Where(i => Math.Abs(best[i]) > LogParameterLimit).ToArray();
        if (runaway.Length > 0)
        {
            var names = string.Join(", ", runaway.Select(i => string.Create(CultureInfo.InvariantCulture, $"{parameterNames[i]} = {Math.Exp(best[i]):G3}")));
            throw new ClvException(
                $"The {modelName} fit did not settle on finite parameters ({names} ran off towards 0 or infinity). " +
                "This happens when the customers are too few or too alike (for example all buying at the same pace); " +
                "the model cannot describe this data. Use more customers or a longer calibration window.");
        }

        var parameters = best.Select(Math.Exp).ToArray();
        return (parameters, new MaximumLikelihoodFit(-bestValue, true, iterations, customers));
    }
}
